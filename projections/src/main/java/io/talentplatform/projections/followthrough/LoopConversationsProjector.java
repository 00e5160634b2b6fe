package io.talentplatform.projections.followthrough;

import io.talentplatform.events.contract.ContractSummaryShared;
import io.talentplatform.events.conversation.ConversationCancelled;
import io.talentplatform.events.conversation.ConversationHeld;
import io.talentplatform.events.conversation.ConversationRescheduled;
import io.talentplatform.events.conversation.ConversationScheduled;
import io.talentplatform.events.conversation.ConversationSummaryShared;
import io.talentplatform.events.conversation.QuarterlyConversationDue;
import io.talentplatform.events.conversation.ReflectionPromptSent;
import io.talentplatform.events.conversation.ReflectionPromptWritten;
import io.talentplatform.events.employee.CareerConversationDue;
import io.talentplatform.platform.loop.LoopRules;
import io.talentplatform.projections.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The conversations the loop keeps track of: those due (raised by a trigger or the quarter, answered by the next one
 * held), the reflection prompt before, the summary within 48 hours after, and the next one booked.
 *
 * <p>Part of the follow-through read model's loop (docs/loop.md): the same processor, person sequencing and
 * transactions as FollowThroughProjector, so that an item can be derived from the follow-through rows earlier events
 * wrote. Every item is keyed by what it is about ({@link InboxItems}) and written with an upsert or an update to
 * absolute values, so applying an event twice, a restart or a rebuild never makes a second item. Dates are the days
 * of the events, never today's, so a replay gives the same rows as the live run.
 */
@Component
@ProcessingGroup(FollowThroughProjector.NAME)
public class LoopConversationsProjector {

    private final BatchedWrites writes;

    public LoopConversationsProjector(BatchedWrites writes) {
        this.writes = writes;
    }

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
                              AND c.held_at >= ? AND c.kind IN (%s))
                        ON CONFLICT (item_id) DO NOTHING""".formatted(LoopRules.DEDICATED_KINDS_SQL))
                .params("quarterly:" + event.conversationId(), event.managerId(), event.employeeId(),
                        event.conversationId(), InboxItems.day(at), event.dueOn(), event.employeeId(), event.employeeId(),
                        InboxItems.startOf(event.dueOn().minusDays(QuarterlyConversationDue.QUARTER_DAYS - 1L)))
                .update();
    }

    @EventHandler
    void on(ConversationScheduled event, @Timestamp Instant at) {
        // A booking answers "the next conversation is not booked yet".
        InboxItems.resolve(writes, "employee_id = ? AND kind = 'NEXT_NOT_BOOKED'", InboxItems.day(at),
                event.employeeId());
        if (!event.kind().needsDedicatedSession()) {
            return;
        }
        LocalDate on = InboxItems.day(event.scheduledFor());
        prompt(event.conversationId(), InboxItems.Kind.PROMPT_TO_SEND, event.managerId(), event.employeeId(), on);
        prompt(event.conversationId(), InboxItems.Kind.REFLECTION_PROMPT, event.employeeId(), event.employeeId(), on);
    }

    private void prompt(UUID conversationId, InboxItems.Kind kind, String recipient, String employeeId, LocalDate on) {
        writes.sql("""
                        INSERT INTO inbox_item (item_id, recipient_id, kind, employee_id, conversation_id, visible_from,
                            due_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (item_id) DO NOTHING""")
                .params(InboxItems.itemId(kind, conversationId), recipient, kind.name(), employeeId, conversationId,
                        on.minusDays(LoopRules.PROMPT_DAYS_BEFORE), on).update();
    }

    @EventHandler
    void on(ConversationRescheduled event, @Timestamp Instant at) {
        LocalDate on = InboxItems.day(event.scheduledFor());
        writes.sql("""
                        UPDATE inbox_item SET visible_from = ?, due_on = ?
                        WHERE conversation_id = ? AND kind IN ('PROMPT_TO_SEND', 'REFLECTION_PROMPT')""")
                .params(on.minusDays(LoopRules.PROMPT_DAYS_BEFORE), on, event.conversationId()).update();
        writes.sql("""
                        INSERT INTO ft_deferral (conversation_id, deferral, employee_id, deferred_at, cancelled)
                        VALUES (?, ?, ?, ?, FALSE) ON CONFLICT (conversation_id, deferral) DO NOTHING""")
                .params(event.conversationId(), event.deferral(), event.employeeId(), java.sql.Timestamp.from(at)).update();
    }

    /** A cancellation without another conversation booked with the person is a deferral ("until later"). */
    @EventHandler
    void on(ConversationCancelled event, @Timestamp Instant at) {
        InboxItems.resolve(writes, "conversation_id = ? AND kind IN ('PROMPT_TO_SEND', 'REFLECTION_PROMPT')", InboxItems.day(at),
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
                .params(event.prompt(), InboxItems.itemId(InboxItems.Kind.REFLECTION_PROMPT, event.conversationId())).update();
    }

    @EventHandler
    void on(ReflectionPromptSent event, @Timestamp Instant at) {
        writes.sql("UPDATE ft_conversation SET prompt_sent_at = ? WHERE conversation_id = ?")
                .params(java.sql.Timestamp.from(event.sentAt()), event.conversationId()).update();
        InboxItems.resolve(writes, "item_id = ?", InboxItems.day(at), InboxItems.itemId(InboxItems.Kind.PROMPT_TO_SEND, event.conversationId()));
    }

    /**
     * A held conversation answers what was due with the person, needs its own summary within 48 hours, the next
     * conversation booked within a week, and something to come of it within two weeks.
     */
    @EventHandler
    void on(ConversationHeld event) {
        LocalDate held = InboxItems.day(event.heldAt());
        InboxItems.resolve(writes, "employee_id = ? AND kind = 'CONVERSATION_DUE' AND visible_from <= ?", held, event.employeeId(),
                held);
        InboxItems.resolve(writes, "conversation_id = ? AND kind IN ('PROMPT_TO_SEND', 'REFLECTION_PROMPT')", held,
                event.conversationId());
        writes.sql("""
                        INSERT INTO inbox_item (item_id, recipient_id, kind, employee_id, conversation_id, visible_from,
                            due_on)
                        SELECT ?, c.manager_id, 'SUMMARY_DUE', c.employee_id, c.conversation_id, ?, ?
                        FROM ft_conversation c WHERE c.conversation_id = ? AND c.manager_id IS NOT NULL
                          AND c.summary_shared_at IS NULL
                        ON CONFLICT (item_id) DO NOTHING""")
                .params(InboxItems.itemId(InboxItems.Kind.SUMMARY_DUE, event.conversationId()), held,
                        InboxItems.day(event.heldAt().plus(LoopRules.SUMMARY_WITHIN)), event.conversationId()).update();
        writes.sql("""
                        INSERT INTO inbox_item (item_id, recipient_id, kind, employee_id, conversation_id, visible_from,
                            due_on)
                        SELECT ?, c.manager_id, 'NEXT_NOT_BOOKED', c.employee_id, c.conversation_id, ?, ?
                        FROM ft_conversation c WHERE c.conversation_id = ? AND c.manager_id IS NOT NULL
                          AND c.kind IN (%s)
                          AND NOT EXISTS (SELECT 1 FROM ft_conversation n WHERE n.employee_id = c.employee_id
                              AND n.status = 'SCHEDULED' AND n.conversation_id <> c.conversation_id)
                        ON CONFLICT (item_id) DO NOTHING""".formatted(LoopRules.DEDICATED_KINDS_SQL))
                .params(InboxItems.itemId(InboxItems.Kind.NEXT_NOT_BOOKED, event.conversationId()), held.plusDays(LoopRules.BOOK_NEXT_WITHIN_DAYS),
                        held.plusDays(LoopRules.BOOK_NEXT_WITHIN_DAYS), event.conversationId()).update();
        writes.sql("""
                        INSERT INTO inbox_item (item_id, recipient_id, kind, employee_id, conversation_id, visible_from,
                            due_on, push)
                        SELECT ?, c.manager_id, 'GOES_NOWHERE', c.employee_id, c.conversation_id, ?, ?, TRUE
                        FROM ft_conversation c WHERE c.conversation_id = ? AND c.manager_id IS NOT NULL
                          AND c.kind IN (%s)
                          AND c.progressed_on IS NULL
                        ON CONFLICT (item_id) DO NOTHING""".formatted(LoopRules.DEDICATED_KINDS_SQL))
                .params(InboxItems.itemId(InboxItems.Kind.GOES_NOWHERE, event.conversationId()), held.plusDays(LoopRules.NOWHERE_AFTER_DAYS),
                        held.plusDays(LoopRules.NOWHERE_AFTER_DAYS), event.conversationId()).update();
    }

    @EventHandler
    void on(ConversationSummaryShared event, @Timestamp Instant at) {
        writes.sql("UPDATE ft_conversation SET summary_shared_at = ?, summary = ? WHERE conversation_id = ?")
                .params(java.sql.Timestamp.from(event.sharedAt()), event.summary(), event.conversationId()).update();
        InboxItems.resolve(writes, "item_id = ?", InboxItems.day(at), InboxItems.itemId(InboxItems.Kind.SUMMARY_DUE, event.conversationId()));
    }

    /** The contract's summary is the summary of the conversation that agreed it. */
    @EventHandler
    void on(ContractSummaryShared event, @Timestamp Instant at) {
        writes.sql("""
                        UPDATE ft_conversation SET summary_shared_at = coalesce(summary_shared_at, ?)
                        WHERE conversation_id = (SELECT conversation_id FROM ft_contract WHERE contract_id = ?)""")
                .params(java.sql.Timestamp.from(event.sharedAt()), event.contractId()).update();
        InboxItems.resolve(writes, "kind = 'SUMMARY_DUE' AND conversation_id = "
                        + "(SELECT conversation_id FROM ft_contract WHERE contract_id = ?)", InboxItems.day(at),
                event.contractId());
    }

}
