package io.talentplatform.events.employee;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.Writer;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A manager's note of burnout or low wellbeing (seed 002, "Burnout Disguised as Disengagement") pauses what the
 * platform pushes at the person for their development, stretch suggestions and new matching openings, until
 * {@code pausedUntil}: a recovery problem is not met with career development. Only the note's writer knows of it.
 */
@Revision("1")
public record DevelopmentPushesPaused(
        @DataSubject String employeeId,
        @Audience(Confidentiality.WRITER) LocalDate pausedUntil,
        @Writer String writtenBy,
        UUID noteId) {
}
