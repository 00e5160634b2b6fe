package io.talentplatform.events.role;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** HR or a panel asked for the opening's current ranking to be kept, such as when they agreed a shortlist. */
@Revision("1")
public record OpeningRankingRequested(
        UUID openingId,
        String reason,
        String requestedBy) {
}
