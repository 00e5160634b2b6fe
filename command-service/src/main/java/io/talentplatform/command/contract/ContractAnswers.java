package io.talentplatform.command.contract;

import java.util.List;
import java.util.UUID;

/** What the contract commands answer, beside the event position in the {@code Talent-Event-Position} header. */
final class ContractAnswers {

    private ContractAnswers() {
    }

    record ContractOpened(UUID contractId, String employeeId) {
    }

    /** Revised, reviewed, summarised, closed, or a commitment kept, moved or withdrawn. */
    record ContractChanged(UUID contractId) {
    }

    record CommitmentMade(UUID contractId, UUID commitmentId) {
    }

    /** The support commitments the plan made, in the order the request gave them. */
    record TransitionPlanAgreed(UUID contractId, List<UUID> commitmentIds) {
    }
}
