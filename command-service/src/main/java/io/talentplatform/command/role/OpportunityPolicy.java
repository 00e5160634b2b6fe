package io.talentplatform.command.role;

import io.talentplatform.command.capability.CapabilityVocabulary;
import io.talentplatform.command.directory.EmployeeDirectory;
import io.talentplatform.command.employee.EmployeeCommands.AssessDecisionMakerAwareness;
import io.talentplatform.command.employee.RecordCapabilityEvidence;
import io.talentplatform.events.employee.EvidenceSource;
import io.talentplatform.events.employee.EvidenceVisibility;
import io.talentplatform.events.role.OpportunityCompleted;
import io.talentplatform.platform.axon.EventSerialization;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Completed work is Human Capital: each capability it exercised becomes a data point in the person's own stream
 * (source ASSIGNMENT, shared, observed the day it was completed). Work done for a decision maker is work they have
 * seen: the person's manager's assessment that they know it follows, which closes a signaling gap towards them
 * (seed 000). Subscribing, like {@link FillPolicy}: in the completion's own transaction, whose errors refuse it.
 */
@Component
@ProcessingGroup(EmployeeDirectory.PROCESSOR)
class OpportunityPolicy {

    private final CommandGateway commands;
    private final CapabilityVocabulary vocabulary;

    OpportunityPolicy(CommandGateway commands, CapabilityVocabulary vocabulary) {
        this.commands = commands;
        this.vocabulary = vocabulary;
    }

    @EventHandler
    void on(OpportunityCompleted event, MetaData metaData,
            @MetaDataValue(value = EventSerialization.IMPORTED, required = false) String imported) {
        if ("true".equals(imported)) {
            return;
        }
        for (OpportunityCompleted.ShownCapability shown : event.shown()) {
            commands.sendAndWait(new RecordCapabilityEvidence(event.employeeId(),
                    evidenceId(event, shown.capability()), shown.capability(), shown.level(), event.evidence(),
                    EvidenceSource.ASSIGNMENT, event.completedOn(), null, EvidenceVisibility.SHARED, null,
                    vocabulary.resolve(shown.capability()).catalogueVersion()), metaData);
        }
        if (event.sponsorId() != null && !event.sponsorId().equals(event.employeeId())) {
            commands.sendAndWait(new AssessDecisionMakerAwareness(event.employeeId(), event.sponsorId(), true,
                    "Completed \"" + event.title() + "\" for them on " + event.completedOn() + ".", null, null),
                    metaData);
        }
    }

    /** One data point per completion and capability, whichever node records it. */
    private static UUID evidenceId(OpportunityCompleted event, String capability) {
        return UUID.nameUUIDFromBytes((event.openingId() + "/" + event.employeeId() + "/" + capability)
                .getBytes(StandardCharsets.UTF_8));
    }
}
