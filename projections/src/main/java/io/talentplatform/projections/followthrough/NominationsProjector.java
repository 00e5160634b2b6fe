package io.talentplatform.projections.followthrough;

import io.talentplatform.events.role.SuccessorNominated;
import io.talentplatform.projections.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Every role a person was ever nominated for, kept after a removal: the roles whose streams belong in the auditor's
 * history of the person. Part of the follow-through's read model (its reset empties it with the rest).
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
}
