package io.talentplatform.events.role;

import io.talentplatform.events.privacy.Audience;
import io.talentplatform.events.privacy.Confidentiality;
import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person asked to take a gig or a project. It is theirs to ask, and their manager's to agree: the time comes out
 * of their own role ({@code OpportunityAgreed}).
 *
 * @param kind  GIG or PROJECT, and {@code title} its title, as posted: what the manager is asked to agree to
 * @param note  why they want it, in their words, for their manager
 */
@Revision("1")
public record OpportunityApplied(
        UUID openingId,
        OpeningKind kind,
        String title,
        @DataSubject String employeeId,
        @PersonalData @Audience(Confidentiality.PERSON_AND_MANAGER) String note,
        LocalDate appliedOn) {
}
