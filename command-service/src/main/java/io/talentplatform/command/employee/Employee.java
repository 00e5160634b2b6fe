package io.talentplatform.command.employee;

import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.ConsentRecorded;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.platform.problem.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The person: their place in the organisation and everything recorded on their Career Capital. Command handlers
 * check the rules and apply events; event-sourcing handlers only assign what later rules need.
 */
@Aggregate
public class Employee {

    @AggregateIdentifier
    private String employeeId;
    private boolean employed;
    private ConsentRecorded consent;

    protected Employee() {
        // For Axon, which rebuilds the person from their events.
    }

    @CommandHandler
    public Employee(RegisterEmployee command) {
        apply(new EmployeeRegistered(command.employeeId(), command.displayName(), command.jobTitle(),
                command.level(), command.function(), command.managerId()));
    }

    @CommandHandler
    public void handle(RecordCapabilityEvidence command) {
        requireEmployed();
        if (command.observedOn().isAfter(today())) {
            throw RuleViolation.unprocessable("observed-in-future",
                    "Evidence cannot be observed on " + command.observedOn() + ", which is after today.");
        }
        apply(new CapabilityEvidenced(employeeId, command.evidenceId(), command.capability(), command.level(),
                command.evidence(), command.source(), command.observedOn(), command.conversationId()));
    }

    @CommandHandler
    public void handle(RecordConsent command) {
        requireEmployed();
        ConsentRecorded choice = new ConsentRecorded(employeeId, command.marketplaceVisible(),
                command.successionDiscoverable(), command.share());
        if (choice.equals(consent)) {
            return; // The same choice again changes nothing and says nothing new.
        }
        apply(choice);
    }

    @EventSourcingHandler
    void on(EmployeeRegistered event) {
        employeeId = event.employeeId();
        employed = true;
        consent = new ConsentRecorded(event.employeeId(), false, false, Set.of());
    }

    @EventSourcingHandler
    void on(ConsentRecorded event) {
        consent = event;
    }

    private void requireEmployed() {
        if (!employed) {
            throw RuleViolation.conflict("employee-departed", employeeId + " has left the organisation.");
        }
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(GenericEventMessage.clock.instant(), ZoneOffset.UTC);
    }
}
