package io.talentplatform.command.contract;

import io.talentplatform.command.contract.ContractCommands.CloseDevelopmentContract;
import io.talentplatform.command.contract.ContractCommands.MakeCommitment;
import io.talentplatform.command.directory.EmployeeDirectory;
import io.talentplatform.command.policy.PolicyCommands;
import io.talentplatform.events.contract.CommitmentKind;
import io.talentplatform.events.contract.CommitmentOwner;
import io.talentplatform.events.contract.ContractCloseReason;
import io.talentplatform.events.conversation.AdvocacyAction;
import io.talentplatform.events.conversation.ConversationCompleted;
import io.talentplatform.events.employee.EmployeeDeparted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;


/**
 * What the platform does by itself when something happens elsewhere: a person's departure closes their open
 * contract (EMPLOYEE_LEFT), and a completed conversation's advocacy action becomes a manager commitment of kind
 * ADVOCACY on the open contract (without one it stays on the conversation and the follow-through view lists it
 * as unattached). A streaming processor, so a retry or replay sends the same commands again: both are idempotent.
 */
@Component
@ProcessingGroup("contract-policies")
class ContractPolicies {

    private final PolicyCommands commands;
    private final EmployeeDirectory directory;

    ContractPolicies(PolicyCommands commands, EmployeeDirectory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    @EventHandler
    void on(EmployeeDeparted event) {
        directory.openContractOf(event.employeeId()).ifPresent(contract -> commands.send(
                new CloseDevelopmentContract(contract, ContractCloseReason.EMPLOYEE_LEFT)));
    }

    @EventHandler
    void on(ConversationCompleted event) {
        if (event.advocacyAction() == null) {
            return;
        }
        directory.openContractOf(event.employeeId()).ifPresent(contract -> commands.send(new MakeCommitment(contract,
                AdvocacyAction.commitmentIdFor(event.conversationId()), CommitmentOwner.MANAGER,
                event.advocacyAction().description(), event.advocacyAction().dueOn(), CommitmentKind.ADVOCACY,
                event.conversationId())));
    }
}
