package io.talentplatform.command.contract;

import io.talentplatform.command.contract.ContractCommands.MakeCommitment;
import io.talentplatform.command.directory.EmployeeDirectory;
import io.talentplatform.events.contract.CommitmentKind;
import io.talentplatform.events.contract.CommitmentOwner;
import io.talentplatform.events.employee.MentoringRequested;
import io.talentplatform.platform.axon.EventSerialization;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

/**
 * A mentoring request is the manager's introduction commitment in the person's development contract (seed 001:
 * "make a specific introduction … within two weeks"), so the loop follows it up as it follows every commitment.
 * Subscribing: the commitment is made in the request's own transaction, and a contract that refuses it (closed
 * meanwhile) refuses the request.
 */
@Component
@ProcessingGroup(EmployeeDirectory.PROCESSOR)
class MentoringPolicy {

    private final CommandGateway commands;

    MentoringPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(MentoringRequested event, MetaData metaData,
            @MetaDataValue(value = EventSerialization.IMPORTED, required = false) String imported) {
        if ("true".equals(imported)) {
            return;
        }
        String description = "Introduce " + event.employeeId() + " to " + event.mentorId()
                + ", who made the move to " + event.roleFamily() + ", as a mentor"
                + (event.note() == null ? "." : ": " + event.note());
        commands.sendAndWait(new MakeCommitment(event.contractId(), event.commitmentId(), CommitmentOwner.MANAGER,
                description, event.dueOn(), CommitmentKind.INTRODUCTION, null), metaData);
    }
}
