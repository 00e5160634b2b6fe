package io.talentplatform.command.contract;

import io.talentplatform.command.contract.ContractCommands.CloseDevelopmentContract;
import io.talentplatform.command.contract.ContractCommands.MakeCommitment;
import io.talentplatform.command.directory.EmployeeDirectory;
import io.talentplatform.events.contract.CommitmentKind;
import io.talentplatform.events.contract.CommitmentOwner;
import io.talentplatform.events.contract.ContractCloseReason;
import io.talentplatform.events.conversation.AdvocacyAction;
import io.talentplatform.events.conversation.ConversationCompleted;
import io.talentplatform.events.employee.EmployeeDeparted;
import io.talentplatform.platform.axon.EventSerialization;
import io.talentplatform.platform.problem.RuleViolation;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(ContractPolicies.class);
    private static final MetaData PLATFORM = MetaData.with(EventSerialization.ACTOR, "platform")
            .and(EventSerialization.ACTOR_ROLES, "");

    private final CommandGateway commands;
    private final EmployeeDirectory directory;

    ContractPolicies(CommandGateway commands, EmployeeDirectory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    @EventHandler
    void on(EmployeeDeparted event) {
        directory.openContractOf(event.employeeId()).ifPresent(contract -> send(
                new CloseDevelopmentContract(contract, ContractCloseReason.EMPLOYEE_LEFT)));
    }

    @EventHandler
    void on(ConversationCompleted event) {
        if (event.advocacyAction() == null) {
            return;
        }
        directory.openContractOf(event.employeeId()).ifPresent(contract -> send(new MakeCommitment(contract,
                AdvocacyAction.commitmentIdFor(event.conversationId()), CommitmentOwner.MANAGER,
                event.advocacyAction().description(), event.advocacyAction().dueOn(), CommitmentKind.ADVOCACY,
                event.conversationId())));
    }

    private void send(Object command) {
        try {
            commands.sendAndWait(command, PLATFORM);
        } catch (RuleViolation refused) {
            // Already done (contract closed meanwhile, commitment already made) or no longer possible (the advocacy
            // action's date passed before it could be attached): the events say so; nothing to retry.
            log.info("Policy command {} not applied: {}", command.getClass().getSimpleName(), refused.getMessage());
        }
    }
}
