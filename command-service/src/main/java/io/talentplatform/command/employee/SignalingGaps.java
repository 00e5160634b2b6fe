package io.talentplatform.command.employee;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.talentplatform.events.employee.SignalingGapClosed;
import io.talentplatform.events.employee.SignalingGapOpened;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The person's Signaling Capital gaps (seed 000): a gap opens when a decision maker who should know their work does
 * not, and closes when they become aware. A member of the {@link Employee} aggregate.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class SignalingGaps {

    private final Set<String> open = new HashSet<>();

    /** What an assessment of a decision maker's awareness does to the gap with them. */
    void assessed(String employeeId, String decisionMakerId, boolean aware, UUID conversationId) {
        boolean gapOpen = open.contains(decisionMakerId);
        if (!aware && !gapOpen) {
            apply(new SignalingGapOpened(employeeId, decisionMakerId, conversationId));
        } else if (aware && gapOpen) {
            apply(new SignalingGapClosed(employeeId, decisionMakerId, conversationId));
        }
    }

    @EventSourcingHandler
    void on(SignalingGapOpened event) {
        open.add(event.decisionMakerId());
    }

    @EventSourcingHandler
    void on(SignalingGapClosed event) {
        open.remove(event.decisionMakerId());
    }
}
