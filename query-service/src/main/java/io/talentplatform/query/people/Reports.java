package io.talentplatform.query.people;

import io.talentplatform.events.privacy.Audience;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.talentplatform.events.privacy.Confidentiality.CONSENTED;

/** A manager's direct reports, each with where their career conversations and contract stand. */
public record Reports(String managerId, List<Report> reports) {

    /**
     * @param direction       the direction of their aspiration, for their manager; only with consent for anyone else
     * @param directionShared whether the person shares that direction beyond their manager
     */
    public record Report(String employeeId, String displayName, String jobTitle, String level,
                         @Audience(CONSENTED) String direction, boolean directionShared,
                         Instant lastConversationAt, String lastConversationKind, Instant nextConversationAt,
                         OpenContract contract) {
    }

    /** The open development contract, if there is one. */
    public record OpenContract(UUID contractId, LocalDate nextReviewOn, boolean reviewOverdue, int openCommitments,
                               int overdueCommitments) {
    }
}
