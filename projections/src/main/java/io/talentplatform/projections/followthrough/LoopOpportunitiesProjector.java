package io.talentplatform.projections.followthrough;

import io.talentplatform.events.role.OpportunityAgreed;
import io.talentplatform.events.role.OpportunityApplied;
import io.talentplatform.projections.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * The loop reaches the manager when a report asks to take a gig or project: an AGREE_OPPORTUNITY item in their inbox
 * from the day asked, until they agree (docs/loop.md). Its text is the work's title; the person's note stays on the
 * gig's record.
 */
@Component
@ProcessingGroup(FollowThroughProjector.NAME)
public class LoopOpportunitiesProjector {

    private final BatchedWrites writes;

    public LoopOpportunitiesProjector(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(OpportunityApplied event) {
        writes.sql("""
                        INSERT INTO inbox_item (item_id, recipient_id, kind, employee_id, opening_id, reason, detail,
                            visible_from)
                        SELECT ?, p.manager_id, 'AGREE_OPPORTUNITY', ?, ?, ?, ?, ?
                        FROM ft_person p WHERE p.employee_id = ? AND p.manager_id IS NOT NULL AND p.employed
                        ON CONFLICT (item_id) DO NOTHING""")
                .params(itemId(event.openingId(), event.employeeId()), event.employeeId(), event.openingId(),
                        event.kind().name(), event.title(), event.appliedOn(), event.employeeId())
                .update();
    }

    @EventHandler
    void on(OpportunityAgreed event, @Timestamp Instant at) {
        InboxItems.resolve(writes, "item_id = ?", InboxItems.day(at), itemId(event.openingId(), event.employeeId()));
    }

    /** One item per opening and person. */
    static String itemId(UUID openingId, String employeeId) {
        return InboxItems.itemId(InboxItems.Kind.AGREE_OPPORTUNITY, UUID.nameUUIDFromBytes((openingId + "/"
                + employeeId).getBytes(StandardCharsets.UTF_8)));
    }
}
