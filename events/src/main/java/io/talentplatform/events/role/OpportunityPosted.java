package io.talentplatform.events.role;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A gig or a project was posted: part-time work for {@code hoursPerWeek} from {@code startsOn} to {@code endsOn},
 * beside the taker's own role. Carries what it needs and what it develops, so that matching, the openings stream and
 * the evidence it becomes need no other event.
 *
 * @param developsCapabilities the capabilities taking it develops: what makes it a step towards a gap's close
 * @param sponsorId            the decision maker the work is done for, who will have seen it when it is completed
 *                             (seed 000: Signaling Capital), or {@code null}
 * @param seats                how many people may take it
 * @param postedBy             who posted it
 */
@Revision("1")
public record OpportunityPosted(
        UUID openingId,
        OpeningKind kind,
        String title,
        String function,
        int hoursPerWeek,
        LocalDate startsOn,
        LocalDate endsOn,
        List<RequiredCapability> requiredCapabilities,
        List<String> developsCapabilities,
        String sponsorId,
        int seats,
        LocalDate postedOn,
        String postedBy) {

    public OpportunityPosted {
        requiredCapabilities = requiredCapabilities == null ? List.of() : List.copyOf(requiredCapabilities);
        developsCapabilities = developsCapabilities == null ? List.of() : List.copyOf(developsCapabilities);
    }
}
