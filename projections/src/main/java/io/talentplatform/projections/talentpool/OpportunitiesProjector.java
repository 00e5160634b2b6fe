package io.talentplatform.projections.talentpool;

import io.talentplatform.events.employee.EmployeeMoved;
import io.talentplatform.events.role.OpportunityAgreed;
import io.talentplatform.events.role.OpportunityApplied;
import io.talentplatform.events.role.OpportunityCompleted;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.projections.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * The talent pool's part that keeps the paths people took: who asked for, was agreed and completed each gig or
 * project, and every move a person made (V3_41), which the mentor finder reads. Rebuilt with the rest of the talent
 * pool; views of the past do not read it, so a point-in-time replay does not run it.
 */
@Component
@ProcessingGroup(ReadModel.Names.TALENT_POOL)
public class OpportunitiesProjector {

    private final BatchedWrites writes;

    public OpportunitiesProjector(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(OpportunityApplied event) {
        writes.sql("""
                        INSERT INTO tp_taking (opening_id, employee_id, state, applied_on) VALUES (?, ?, 'APPLIED', ?)
                        ON CONFLICT (opening_id, employee_id) DO NOTHING""")
                .params(event.openingId(), event.employeeId(), event.appliedOn())
                .update();
    }

    @EventHandler
    void on(OpportunityAgreed event) {
        writes.sql("""
                        UPDATE tp_taking SET state = 'AGREED', agreed_on = ?
                        WHERE opening_id = ? AND employee_id = ? AND state = 'APPLIED'""")
                .params(event.agreedOn(), event.openingId(), event.employeeId())
                .update();
    }

    @EventHandler
    void on(OpportunityCompleted event) {
        writes.sql("""
                        UPDATE tp_taking SET state = 'COMPLETED', completed_on = ?
                        WHERE opening_id = ? AND employee_id = ?""")
                .params(event.completedOn(), event.openingId(), event.employeeId())
                .update();
    }

    @EventHandler
    void on(EmployeeMoved event, @SequenceNumber long sequence) {
        writes.sql("""
                        INSERT INTO tp_move (employee_id, sequence, opening_id, move_type, job_title, function, level,
                            from_function, from_level, moved_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (employee_id, sequence) DO NOTHING""")
                .params(event.employeeId(), sequence, event.openingId(), event.moveType().name(), event.jobTitle(),
                        event.function(), event.level(), event.previousFunction(), event.previousLevel(),
                        event.effectiveOn())
                .update();
    }
}
