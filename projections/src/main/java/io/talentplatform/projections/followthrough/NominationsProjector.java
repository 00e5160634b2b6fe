package io.talentplatform.projections.followthrough;

import io.talentplatform.events.role.SuccessorNominated;
import io.talentplatform.projections.BatchedWrites;
import io.talentplatform.events.pool.TalentPoolMemberNominated;
import io.talentplatform.events.role.OpportunityApplied;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Every role a person was ever nominated for, kept after a removal, and every talent pool they were nominated to and
 * gig or project they asked for: the streams whose events about the person belong in the auditor's history of them. Part of the follow-through's read model (its reset empties it with the rest).
 */
@Component
@ProcessingGroup(FollowThroughProjector.NAME)
public class NominationsProjector {

    private final BatchedWrites writes;

    public NominationsProjector(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(SuccessorNominated event) {
        writes.sql("""
                        INSERT INTO ft_nomination (employee_id, role_id) VALUES (?, ?)
                        ON CONFLICT (employee_id, role_id) DO NOTHING""")
                .params(event.employeeId(), event.roleId()).update();
    }

    @EventHandler
    void on(TalentPoolMemberNominated event) {
        namedIn(event.employeeId(), "talent-pool:" + event.poolId());
    }

    @EventHandler
    void on(OpportunityApplied event) {
        namedIn(event.employeeId(), event.openingId().toString());
    }

    /** Another stream holds events about the person: a pool's nominations, a gig's taking (V3_42). */
    private void namedIn(String employeeId, String aggregateId) {
        writes.sql("""
                        INSERT INTO ft_named_in (employee_id, aggregate_id) VALUES (?, ?)
                        ON CONFLICT (employee_id, aggregate_id) DO NOTHING""")
                .params(employeeId, aggregateId).update();
    }
}
