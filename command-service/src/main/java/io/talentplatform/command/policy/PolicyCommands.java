package io.talentplatform.command.policy;

import io.talentplatform.platform.axon.EventSerialization;
import io.talentplatform.platform.problem.RuleViolation;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How a streaming policy sends its commands: on the platform's behalf (the events say the platform acted, for no
 * one's role), and a refusal is an answer, not a failure. A policy's commands are idempotent, so a retry or a replay
 * that finds the work done (the contract closed meanwhile, the cause already acted on, the person gone) is refused
 * by the aggregate, and the events already say why; there is nothing to retry.
 */
@Component
public class PolicyCommands {

    private static final Logger log = LoggerFactory.getLogger(PolicyCommands.class);
    private static final MetaData PLATFORM = MetaData.with(EventSerialization.ACTOR, "platform")
            .and(EventSerialization.ACTOR_ROLES, "");

    private final CommandGateway commands;

    PolicyCommands(CommandGateway commands) {
        this.commands = commands;
    }

    public void send(Object command) {
        try {
            commands.sendAndWait(command, PLATFORM);
        } catch (RuleViolation refused) {
            log.info("Policy command {} not applied: {}", command.getClass().getSimpleName(), refused.getMessage());
        }
    }
}
