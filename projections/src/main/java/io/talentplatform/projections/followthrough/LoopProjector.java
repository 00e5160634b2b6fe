package io.talentplatform.projections.followthrough;

import io.talentplatform.events.contract.CommitmentCompleted;
import io.talentplatform.events.contract.CommitmentMade;
import io.talentplatform.events.contract.CommitmentOwner;
import io.talentplatform.events.contract.CommitmentRescheduled;
import io.talentplatform.events.contract.CommitmentWithdrawn;
import io.talentplatform.events.contract.ContractReviewed;
import io.talentplatform.events.contract.ContractSummaryShared;
import io.talentplatform.events.contract.DevelopmentContractClosed;
import io.talentplatform.events.contract.DevelopmentContractOpened;
import io.talentplatform.events.contract.DevelopmentContractRevised;
import io.talentplatform.events.contract.TransitionPlanAgreed;
import io.talentplatform.events.conversation.ConversationCancelled;
import io.talentplatform.events.conversation.ConversationHeld;
import io.talentplatform.events.conversation.ConversationKind;
import io.talentplatform.events.conversation.ConversationRescheduled;
import io.talentplatform.events.conversation.ConversationScheduled;
import io.talentplatform.events.conversation.ConversationSummaryShared;
import io.talentplatform.events.conversation.QuarterlyConversationDue;
import io.talentplatform.events.conversation.ReflectionPromptSent;
import io.talentplatform.events.conversation.ReflectionPromptWritten;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.CareerConversationDue;
import io.talentplatform.events.employee.DecisionMakerAwarenessAssessed;
import io.talentplatform.events.employee.DevelopmentPushesPaused;
import io.talentplatform.events.employee.EmployeeDeparted;
import io.talentplatform.events.employee.ManagerChanged;
import io.talentplatform.events.employee.PersonalDataErased;
import io.talentplatform.events.employee.SignalReassessmentRequested;
import io.talentplatform.platform.loop.LoopRules;
import io.talentplatform.platform.privacy.Sealer;
import io.talentplatform.projections.BatchedWrites;
import io.talentplatform.projections.TextArray;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The loop that closes itself (docs/loop.md): what is due for whom and from which day, as inbox items, and the facts
 * the follow-through flags are read from (deferrals, each conversation's summary and prompt, whether it led anywhere,
 * pauses). Part of the follow-through read model: the same processor, person sequencing and transactions, so that an
 * item can be derived from the follow-through rows earlier events wrote.
 *
 * <p>Every item is keyed by what it is about and written with an upsert or an update to absolute values, so applying
 * an event twice, a restart or a rebuild never makes a second item. Dates are the days of the events, never today's,
 * so a replay gives the same rows as the live run.
 */
@Component
@ProcessingGroup(FollowThroughProjector.NAME)
public class LoopProjector {

    private static final int PROMPT_DAYS_BEFORE = LoopRules.PROMPT_DAYS_BEFORE;
    private static final Duration SUMMARY_WITHIN = LoopRules.SUMMARY_WITHIN;
    private static final int DUE_SOON_DAYS = LoopRules.DUE_SOON_DAYS;
    private static final int BOOK_NEXT_WITHIN_DAYS = LoopRules.BOOK_NEXT_WITHIN_DAYS;
    private static final int NOWHERE_AFTER_DAYS = LoopRules.NOWHERE_AFTER_DAYS;

    /** The kinds of inbox item (docs/loop.md). */
    public enum Kind {
        CONVERSATION_DUE, PROMPT_TO_SEND, REFLECTION_PROMPT, SUMMARY_DUE, COMMITMENT_DUE, REVIEW_DUE,
        NEXT_NOT_BOOKED, GOES_NOWHERE, REASSESS_SIGNAL
    }

    private final BatchedWrites writes;

    public LoopProjector(BatchedWrites writes) {
        this.writes = writes;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Conversations due: raised by the platform (triggers, the quarter), answered by the next conversation held.

    @EventHandler
    void on(CareerConversationDue event) {
        writes.sql("""
                        INSERT INTO inbox_item (item_id, recipient_id, kind, employee_id, reason, detail, visible_from,
                            due_on)
                        VALUES (?, ?, 'CONVERSATION_DUE', ?, ?, ?, ?, ?) ON CONFLICT (item_id) DO NOTHING""")
                .params("due:" + event.employeeId() + ":" + event.cause(), event.managerId(), event.employeeId(),
                        event.reason().name(), event.detail(), event.raisedOn(), event.dueOn()).update();
    }

    /** Raised only if no career conversation was held since the one whose quarter ran out. */
    @EventHandler
    void on(QuarterlyConversationDue event, @Timestamp Instant at) {
        writes.sql("""
                        INSERT INTO inbox_item (item_id, recipient_id, kind, employee_id, conversation_id, reason,
                            visible_from, due_on)
                        SELECT ?, ?, 'CONVERSATION_DUE', ?, ?, 'QUARTERLY', ?, ?
                        WHERE EXISTS (SELECT 1 FROM ft_person p WHERE p.employee_id = ? AND p.employed)
                          AND NOT EXISTS (SELECT 1 FROM ft_conversation c WHERE c.employee_id = ?
                              AND c.held_at >= ? AND c.kind IN ('FULL', 'WHERE_ARE_YOU_NOW', 'WHERE_DO_YOU_WANT_TO_GO',
                                  'HOW_DO_WE_CLOSE_THE_GAP'))
                        ON CONFLICT (item_id) DO NOTHING""")
                .params("quarterly:" + event.conversationId(), event.managerId(), event.employeeId(),
                        event.conversationId(), day(at), event.dueOn(), event.employeeId(), event.employeeId(),
                        startOf(event.dueOn().minusDays(QuarterlyConversationDue.QUARTER_DAYS - 1L)))
                .update();
    }

    @EventHandler
    void on(ConversationScheduled event, @Timestamp Instant at) {
        // A booking answers "the next conversation is not booked yet".
        writes.sql("""
                        UPDATE inbox_item SET resolved_on = ?
                        WHERE employee_id = ? AND kind = 'NEXT_NOT_BOOKED' AND resolved_on IS NULL""")
                .params(day(at), event.employeeId()).update();
        if (!event.kind().needsDedicatedSession()) {
            return;
        }
        LocalDate on = day(event.scheduledFor());
        prompt(event.conversationId(), Kind.PROMPT_TO_SEND, event.managerId(), event.employeeId(), on);
        prompt(event.conversationId(), Kind.REFLECTION_PROMPT, event.employeeId(), event.employeeId(), on);
    }

    private void prompt(UUID conversationId, Kind kind, String recipient, String employeeId, LocalDate on) {
        writes.sql("""
                        INSERT INTO inbox_item (item_id, recipient_id, kind, employee_id, conversation_id, visible_from,
                            due_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (item_id) DO NOTHING""")
                .params(itemId(kind, conversationId), recipient, kind.name(), employeeId, conversationId,
                        on.minusDays(PROMPT_DAYS_BEFORE), on).update();
    }

    @EventHandler
    void on(ConversationRescheduled event, @Timestamp Instant at) {
        LocalDate on = day(event.scheduledFor());
        writes.sql("""
                        UPDATE inbox_item SET visible_from = ?, due_on = ?
                        WHERE conversation_id = ? AND kind IN ('PROMPT_TO_SEND', 'REFLECTION_PROMPT')""")
                .params(on.minusDays(PROMPT_DAYS_BEFORE), on, event.conversationId()).update();
        writes.sql("""
                        INSERT INTO ft_deferral (conversation_id, deferral, employee_id, deferred_at, cancelled)
                        VALUES (?, ?, ?, ?, FALSE) ON CONFLICT (conversation_id, deferral) DO NOTHING""")
                .params(event.conversationId(), event.deferral(), event.employeeId(), java.sql.Timestamp.from(at)).update();
    }

    /** A cancellation without another conversation booked with the person is a deferral ("until later"). */
    @EventHandler
    void on(ConversationCancelled event, @Timestamp Instant at) {
        resolve("conversation_id = ? AND kind IN ('PROMPT_TO_SEND', 'REFLECTION_PROMPT')", day(at),
                event.conversationId());
        writes.sql("""
                        INSERT INTO ft_deferral (conversation_id, deferral, employee_id, deferred_at, cancelled)
                        SELECT ?, 0, ?, ?, TRUE
                        WHERE NOT EXISTS (SELECT 1 FROM ft_conversation c WHERE c.employee_id = ?
                            AND c.status = 'SCHEDULED' AND c.conversation_id <> ?)
                        ON CONFLICT (conversation_id, deferral) DO NOTHING""")
                .params(event.conversationId(), event.employeeId(), java.sql.Timestamp.from(at), event.employeeId(),
                        event.conversationId()).update();
    }

    @EventHandler
    void on(ReflectionPromptWritten event) {
        writes.sql("UPDATE ft_conversation SET prompt = ? WHERE conversation_id = ?")
                .params(event.prompt(), event.conversationId()).update();
        writes.sql("UPDATE inbox_item SET detail = ? WHERE item_id = ?")
                .params(event.prompt(), itemId(Kind.REFLECTION_PROMPT, event.conversationId())).update();
    }

    @EventHandler
    void on(ReflectionPromptSent event, @Timestamp Instant at) {
        writes.sql("UPDATE ft_conversation SET prompt_sent_at = ? WHERE conversation_id = ?")
                .params(java.sql.Timestamp.from(event.sentAt()), event.conversationId()).update();
        resolve("item_id = ?", day(at), itemId(Kind.PROMPT_TO_SEND, event.conversationId()));
    }

    /**
     * A held conversation answers what was due with the person, needs its own summary within 48 hours, the next
     * conversation booked within a week, and something to come of it within two weeks.
     */
    @EventHandler
    void on(ConversationHeld event) {
        LocalDate held = day(event.heldAt());
        resolve("employee_id = ? AND kind = 'CONVERSATION_DUE' AND visible_from <= ?", held, event.employeeId(),
                held);
        resolve("conversation_id = ? AND kind IN ('PROMPT_TO_SEND', 'REFLECTION_PROMPT')", held,
                event.conversationId());
        writes.sql("""
                        INSERT INTO inbox_item (item_id, recipient_id, kind, employee_id, conversation_id, visible_from,
                            due_on)
                        SELECT ?, c.manager_id, 'SUMMARY_DUE', c.employee_id, c.conversation_id, ?, ?
                        FROM ft_conversation c WHERE c.conversation_id = ? AND c.manager_id IS NOT NULL
                          AND c.summary_shared_at IS NULL
                        ON CONFLICT (item_id) DO NOTHING""")
                .params(itemId(Kind.SUMMARY_DUE, event.conversationId()), held,
                        day(event.heldAt().plus(SUMMARY_WITHIN)), event.conversationId()).update();
        writes.sql("""
                        INSERT INTO inbox_item (item_id, recipient_id, kind, employee_id, conversation_id, visible_from,
                            due_on)
                        SELECT ?, c.manager_id, 'NEXT_NOT_BOOKED', c.employee_id, c.conversation_id, ?, ?
                        FROM ft_conversation c WHERE c.conversation_id = ? AND c.manager_id IS NOT NULL
                          AND c.kind IN ('FULL', 'WHERE_ARE_YOU_NOW', 'WHERE_DO_YOU_WANT_TO_GO',
                              'HOW_DO_WE_CLOSE_THE_GAP')
                          AND NOT EXISTS (SELECT 1 FROM ft_conversation n WHERE n.employee_id = c.employee_id
                              AND n.status = 'SCHEDULED' AND n.conversation_id <> c.conversation_id)
                        ON CONFLICT (item_id) DO NOTHING""")
                .params(itemId(Kind.NEXT_NOT_BOOKED, event.conversationId()), held.plusDays(BOOK_NEXT_WITHIN_DAYS),
                        held.plusDays(BOOK_NEXT_WITHIN_DAYS), event.conversationId()).update();
        writes.sql("""
                        INSERT INTO inbox_item (item_id, recipient_id, kind, employee_id, conversation_id, visible_from,
                            due_on, push)
                        SELECT ?, c.manager_id, 'GOES_NOWHERE', c.employee_id, c.conversation_id, ?, ?, TRUE
                        FROM ft_conversation c WHERE c.conversation_id = ? AND c.manager_id IS NOT NULL
                          AND c.kind IN ('FULL', 'WHERE_ARE_YOU_NOW', 'WHERE_DO_YOU_WANT_TO_GO',
                              'HOW_DO_WE_CLOSE_THE_GAP')
                          AND c.progressed_on IS NULL
                        ON CONFLICT (item_id) DO NOTHING""")
                .params(itemId(Kind.GOES_NOWHERE, event.conversationId()), held.plusDays(NOWHERE_AFTER_DAYS),
                        held.plusDays(NOWHERE_AFTER_DAYS), event.conversationId()).update();
    }

    @EventHandler
    void on(ConversationSummaryShared event, @Timestamp Instant at) {
        writes.sql("UPDATE ft_conversation SET summary_shared_at = ?, summary = ? WHERE conversation_id = ?")
                .params(java.sql.Timestamp.from(event.sharedAt()), event.summary(), event.conversationId()).update();
        resolve("item_id = ?", day(at), itemId(Kind.SUMMARY_DUE, event.conversationId()));
    }

    /** The contract's summary is the summary of the conversation that agreed it. */
    @EventHandler
    void on(ContractSummaryShared event, @Timestamp Instant at) {
        writes.sql("""
                        UPDATE ft_conversation SET summary_shared_at = coalesce(summary_shared_at, ?)
                        WHERE conversation_id = (SELECT conversation_id FROM ft_contract WHERE contract_id = ?)""")
                .params(java.sql.Timestamp.from(event.sharedAt()), event.contractId()).update();
        writes.sql("""
                        UPDATE inbox_item SET resolved_on = ?
                        WHERE kind = 'SUMMARY_DUE' AND resolved_on IS NULL
                          AND conversation_id = (SELECT conversation_id FROM ft_contract WHERE contract_id = ?)""")
                .params(day(at), event.contractId()).update();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Something came of a conversation: a contract, a revision, a commitment, a plan, evidence.

    @EventHandler
    void on(CapabilityEvidenced event, @Timestamp Instant at) {
        progressed(event.employeeId(), event.conversationId(), at);
    }

    @EventHandler
    void on(DevelopmentContractOpened event, @Timestamp Instant at) {
        progressed(event.employeeId(), event.conversationId(), at);
        writes.sql("""
                        INSERT INTO inbox_item (item_id, recipient_id, kind, employee_id, contract_id, visible_from,
                            due_on)
                        VALUES (?, ?, 'REVIEW_DUE', ?, ?, ?, ?) ON CONFLICT (item_id) DO NOTHING""")
                .params(itemId(Kind.REVIEW_DUE, event.contractId()), event.managerId(), event.employeeId(),
                        event.contractId(), event.nextReviewOn().minusDays(DUE_SOON_DAYS), event.nextReviewOn())
                .update();
    }

    @EventHandler
    void on(DevelopmentContractRevised event, @Timestamp Instant at) {
        progressed(event.employeeId(), null, at);
        review(event.contractId(), event.nextReviewOn());
    }

    @EventHandler
    void on(ContractReviewed event) {
        review(event.contractId(), event.nextReviewOn());
    }

    private void review(UUID contractId, LocalDate next) {
        writes.sql("UPDATE inbox_item SET visible_from = ?, due_on = ? WHERE item_id = ? AND resolved_on IS NULL")
                .params(next.minusDays(DUE_SOON_DAYS), next, itemId(Kind.REVIEW_DUE, contractId)).update();
    }

    @EventHandler
    void on(TransitionPlanAgreed event, @Timestamp Instant at) {
        progressed(event.employeeId(), null, at);
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
        progressed(event.employeeId(), event.conversationId(), at);
        writes.sql("""
                        INSERT INTO inbox_item (item_id, recipient_id, kind, employee_id, contract_id, commitment_id,
                            reason, detail, visible_from, due_on)
                        SELECT ?, CASE WHEN ? = 'EMPLOYEE' THEN ? ELSE c.manager_id END, 'COMMITMENT_DUE', ?, ?, ?, ?,
                            ?, ?, ?
                        FROM ft_contract c WHERE c.contract_id = ?
                          AND (? = 'EMPLOYEE' OR c.manager_id IS NOT NULL)
                        ON CONFLICT (item_id) DO NOTHING""")
                .params(itemId(Kind.COMMITMENT_DUE, event.commitmentId()), event.owner().name(), event.employeeId(),
                        event.employeeId(), event.contractId(), event.commitmentId(),
                        event.kind() == null ? null : event.kind().name(), event.description(),
                        event.dueOn().minusDays(DUE_SOON_DAYS), event.dueOn(), event.contractId(),
                        event.owner().name()).update();
    }

    @EventHandler
    void on(CommitmentRescheduled event) {
        writes.sql("UPDATE inbox_item SET visible_from = ?, due_on = ? WHERE item_id = ?")
                .params(event.dueOn().minusDays(DUE_SOON_DAYS), event.dueOn(),
                        itemId(Kind.COMMITMENT_DUE, event.commitmentId())).update();
    }

    @EventHandler
    void on(CommitmentCompleted event, @Timestamp Instant at) {
        resolve("item_id = ?", day(at), itemId(Kind.COMMITMENT_DUE, event.commitmentId()));
    }

    @EventHandler
    void on(CommitmentWithdrawn event, @Timestamp Instant at) {
        resolve("item_id = ?", day(at), itemId(Kind.COMMITMENT_DUE, event.commitmentId()));
    }

    @EventHandler
    void on(DevelopmentContractClosed event, @Timestamp Instant at) {
        resolve("contract_id = ?", day(at), event.contractId());
    }

    /**
     * Marks the person's conversations held in the two weeks before {@code at} (and the one named, whenever it was
     * held) as having led somewhere, once: the first day counts.
     */
    private void progressed(String employeeId, UUID conversationId, Instant at) {
        java.sql.Timestamp when = java.sql.Timestamp.from(at);
        java.sql.Timestamp since = java.sql.Timestamp.from(at.minus(Duration.ofDays(NOWHERE_AFTER_DAYS)));
        writes.sql("""
                        UPDATE ft_conversation SET progressed_on = ?
                        WHERE progressed_on IS NULL AND (conversation_id = ?
                            OR (employee_id = ? AND held_at <= ? AND held_at > ?))""")
                .params(day(at), conversationId, employeeId, when, since).update();
        writes.sql("""
                        UPDATE inbox_item SET resolved_on = ?
                        WHERE kind = 'GOES_NOWHERE' AND resolved_on IS NULL AND conversation_id IN (
                            SELECT c.conversation_id FROM ft_conversation c WHERE c.employee_id = ?
                              AND c.progressed_on IS NOT NULL)""")
                .params(day(at), employeeId).update();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The advocacy chain, the pause, and the person's standing.

    @EventHandler
    void on(SignalReassessmentRequested event) {
        writes.sql("""
                        INSERT INTO inbox_item (item_id, recipient_id, kind, employee_id, conversation_id, commitment_id,
                            counterpart_id, visible_from)
                        SELECT ?, p.manager_id, 'REASSESS_SIGNAL', p.employee_id, ?, ?, ?, ?
                        FROM ft_person p WHERE p.employee_id = ? AND p.manager_id IS NOT NULL
                        ON CONFLICT (item_id) DO NOTHING""")
                .params(itemId(Kind.REASSESS_SIGNAL, event.commitmentId()), event.conversationId(),
                        event.commitmentId(), event.decisionMakerId(), event.requestedOn(), event.employeeId())
                .update();
    }

    @EventHandler
    void on(DecisionMakerAwarenessAssessed event, @Timestamp Instant at) {
        resolve("employee_id = ? AND kind = 'REASSESS_SIGNAL' AND counterpart_id = ?", day(at), event.employeeId(),
                event.decisionMakerId());
    }

    @EventHandler
    void on(DevelopmentPushesPaused event) {
        writes.sql("""
                        INSERT INTO ft_pause (note_id, employee_id, paused_until, written_by) VALUES (?, ?, ?, ?)
                        ON CONFLICT (note_id) DO NOTHING""")
                .params(event.noteId(), event.employeeId(), event.pausedUntil(), event.writtenBy()).update();
    }

    /**
     * A new manager takes over the contract's review; what was due with the previous one about the person ends (the
     * new manager has a transition conversation due instead). A commitment stays with the manager who made it.
     */
    @EventHandler
    void on(ManagerChanged event, @Timestamp Instant at) {
        writes.sql("""
                        UPDATE inbox_item SET recipient_id = ?
                        WHERE employee_id = ? AND kind = 'REVIEW_DUE' AND resolved_on IS NULL""")
                .params(event.managerId(), event.employeeId()).update();
        resolve("employee_id = ? AND recipient_id = ? AND kind NOT IN ('COMMITMENT_DUE', 'REVIEW_DUE')", day(at),
                event.employeeId(), event.previousManagerId());
    }

    @EventHandler
    void on(EmployeeDeparted event, @Timestamp Instant at) {
        resolve("(employee_id = ? OR recipient_id = ?)", day(at), event.employeeId(), event.employeeId());
    }

    @EventHandler
    void on(PersonalDataErased event) {
        String erased = Sealer.ERASED;
        writes.sql("UPDATE inbox_item SET detail = ? WHERE employee_id = ? AND detail IS NOT NULL")
                .params(erased, event.employeeId()).update();
        writes.sql("""
                        UPDATE ft_conversation SET summary = CASE WHEN summary IS NULL THEN NULL ELSE ? END,
                            prompt = CASE WHEN prompt IS NULL THEN NULL ELSE ? END
                        WHERE employee_id = ?""").params(erased, erased, event.employeeId()).update();
        writes.sql("""
                        UPDATE ft_transition_plan SET partial_paths = ARRAY[?], timeline = ?
                        WHERE contract_id IN (SELECT contract_id FROM ft_contract WHERE employee_id = ?)""")
                .params(erased, erased, event.employeeId()).update();
    }

    private void resolve(String where, LocalDate on, Object... params) {
        Object[] all = new Object[params.length + 1];
        all[0] = on;
        System.arraycopy(params, 0, all, 1, params.length);
        writes.sql("UPDATE inbox_item SET resolved_on = ? WHERE resolved_on IS NULL AND " + where).params(all).update();
    }

    /** An item's key: its kind and what it is about. */
    public static String itemId(Kind kind, UUID about) {
        return kind.name().toLowerCase() + ":" + about;
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private static java.sql.Timestamp startOf(LocalDate day) {
        return java.sql.Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
