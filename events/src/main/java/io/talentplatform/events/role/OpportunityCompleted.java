package io.talentplatform.events.role;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The person completed the gig or project. What they showed becomes Human Capital evidence (one data point per
 * capability in {@code shown}, in the person's own stream, in the same transaction); if the work was done for a
 * decision maker, that person has now seen it, and a signaling gap towards them closes.
 *
 * @param shown     the level shown in each capability the work exercised
 * @param evidence  what was done, as the evidence text of each data point
 * @param sponsorId the decision maker the work was done for, or {@code null}
 */
@Revision("1")
public record OpportunityCompleted(
        UUID openingId,
        @DataSubject String employeeId,
        String title,
        List<ShownCapability> shown,
        @PersonalData @Audience(Confidentiality.CONSENTED) String evidence,
        String sponsorId,
        LocalDate completedOn,
        String completedBy) {

    public OpportunityCompleted {
        shown = shown == null ? List.of() : List.copyOf(shown);
    }

    /** A capability the work exercised, and the level (1-5) the person showed in it. */
    public record ShownCapability(String capability, int level) {
    }
}
