package io.talentplatform.projections.followthrough;

import io.talentplatform.events.contract.CommitmentCompleted;
import io.talentplatform.events.contract.CommitmentMade;
import io.talentplatform.events.contract.CommitmentRescheduled;
import io.talentplatform.events.contract.CommitmentWithdrawn;
import io.talentplatform.events.contract.ContractReviewed;
import io.talentplatform.events.contract.DevelopmentContractClosed;
import io.talentplatform.events.contract.DevelopmentContractOpened;
import io.talentplatform.events.contract.DevelopmentContractRevised;
import io.talentplatform.events.contract.TransitionPlanAgreed;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.platform.loop.LoopRules;
import io.talentplatform.projections.BatchedWrites;
import io.talentplatform.projections.TextArray;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What came of a conversation: a contract, a revision, a commitment due, a review, a transition plan, evidence. Each
 * marks the conversations it followed as having led somewhere.
 *
 * <p>Part of the follow-through read model's loop, written as {@link LoopConversationsProjector} says.
 */
@Component
@ProcessingGroup(FollowThroughProjector.NAME)
public class LoopContractsProjector {

    private final BatchedWrites writes;

    public LoopContractsProjector(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(CapabilityEvidenced event, @Timestamp Instant at) {
        InboxItems.progressed(writes, event.employeeId(), event.conversationId(), at);
    }

    @EventHandler
    void on(DevelopmentContractOpened event, @Timestamp Instant at) {
        InboxItems.progressed(writes, event.employeeId(), event.conversationId(), at);
        writes.sql("""
                        INSERT INTO inbox_item (item_id, recipient_id, kind, employee_id, contract_id, visible_from,
                            due_on)
                        VALUES (?, ?, 'REVIEW_DUE', ?, ?, ?, ?) ON CONFLICT (item_id) DO NOTHING""")
                .params(InboxItems.itemId(InboxItems.Kind.REVIEW_DUE, event.contractId()), event.managerId(), event.employeeId(),
                        event.contractId(), event.nextReviewOn().minusDays(LoopRules.DUE_SOON_DAYS), event.nextReviewOn())
                .update();
    }

    @EventHandler
    void on(DevelopmentContractRevised event, @Timestamp Instant at) {
        InboxItems.progressed(writes, event.employeeId(), null, at);
        review(event.contractId(), event.nextReviewOn());
    }

    @EventHandler
    void on(ContractReviewed event) {
        review(event.contractId(), event.nextReviewOn());
    }

    private void review(UUID contractId, LocalDate next) {
        writes.sql("UPDATE inbox_item SET visible_from = ?, due_on = ? WHERE item_id = ? AND resolved_on IS NULL")
                .params(next.minusDays(LoopRules.DUE_SOON_DAYS), next, InboxItems.itemId(InboxItems.Kind.REVIEW_DUE, contractId)).update();
    }

    @EventHandler
    void on(TransitionPlanAgreed event, @Timestamp Instant at) {
        InboxItems.progressed(writes, event.employeeId(), null, at);
        writes.sql("""
                        INSERT INTO ft_transition_plan (contract_id, partial_paths, timeline, agreed_on)
                        VALUES (?, ?::text[], ?, ?)
                        ON CONFLICT (contract_id) DO UPDATE SET partial_paths = EXCLUDED.partial_paths,
                            timeline = EXCLUDED.timeline, agreed_on = EXCLUDED.agreed_on""")
                .params(event.contractId(), TextArray.of(event.partialPaths()), event.timeline(), event.agreedOn())
                .update();
    }

    /** A commitment is due to its owner: the person, or the manager who agreed the contract. */
    @EventHandler
    void on(CommitmentMade event, @Timestamp Instant at) {
        InboxItems.progressed(writes, event.employeeId(), event.conversationId(), at);
        writes.sql("""
                        INSERT INTO inbox_item (item_id, recipient_id, kind, employee_id, contract_id, commitment_id,
                            reason, detail, visible_from, due_on)
                        SELECT ?, CASE WHEN ? = 'EMPLOYEE' THEN ? ELSE c.manager_id END, 'COMMITMENT_DUE', ?, ?, ?, ?,
                            ?, ?, ?
                        FROM ft_contract c WHERE c.contract_id = ?
                          AND (? = 'EMPLOYEE' OR c.manager_id IS NOT NULL)
                        ON CONFLICT (item_id) DO NOTHING""")
                .params(InboxItems.itemId(InboxItems.Kind.COMMITMENT_DUE, event.commitmentId()), event.owner().name(), event.employeeId(),
                        event.employeeId(), event.contractId(), event.commitmentId(),
                        event.kind() == null ? null : event.kind().name(), event.description(),
                        event.dueOn().minusDays(LoopRules.DUE_SOON_DAYS), event.dueOn(), event.contractId(),
                        event.owner().name()).update();
    }

    @EventHandler
    void on(CommitmentRescheduled event) {
        writes.sql("UPDATE inbox_item SET visible_from = ?, due_on = ? WHERE item_id = ?")
                .params(event.dueOn().minusDays(LoopRules.DUE_SOON_DAYS), event.dueOn(),
                        InboxItems.itemId(InboxItems.Kind.COMMITMENT_DUE, event.commitmentId())).update();
    }

    @EventHandler
    void on(CommitmentCompleted event, @Timestamp Instant at) {
        InboxItems.resolve(writes, "item_id = ?", InboxItems.day(at), InboxItems.itemId(InboxItems.Kind.COMMITMENT_DUE, event.commitmentId()));
    }

    @EventHandler
    void on(CommitmentWithdrawn event, @Timestamp Instant at) {
        InboxItems.resolve(writes, "item_id = ?", InboxItems.day(at), InboxItems.itemId(InboxItems.Kind.COMMITMENT_DUE, event.commitmentId()));
    }

    @EventHandler
    void on(DevelopmentContractClosed event, @Timestamp Instant at) {
        InboxItems.resolve(writes, "contract_id = ?", InboxItems.day(at), event.contractId());
    }

}
