package io.talentplatform.command.meters;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.talentplatform.command.directory.EmployeeDirectory;
import io.talentplatform.events.conversation.ConversationHeld;
import io.talentplatform.events.employee.PersonalDataErased;
import io.talentplatform.platform.axon.EventSerialization;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * What the platform is for, counted where it happens: conversations held and people erased, on
 * {@code /actuator/prometheus} as {@code talent_conversations_held_total} and {@code talent_erasures_total}. Counted
 * by the command side's own subscribing processor, once the command's transaction has committed, so a command that
 * rolled back counts nothing; an imported history is not counted. Each command-service process counts its own
 * commands: Prometheus sums them. The commitments overdue now are a gauge of the projections (ProcessorMeters).
 */
@Component
@ProcessingGroup(EmployeeDirectory.PROCESSOR)
class BusinessCounters {

    private final Counter conversationsHeld;
    private final Counter erasures;

    BusinessCounters(MeterRegistry registry) {
        this.conversationsHeld = Counter.builder("talent.conversations.held")
                .description("Career conversations recorded as held").register(registry);
        this.erasures = Counter.builder("talent.erasures")
                .description("People whose personal data was erased (the right to erasure)").register(registry);
    }

    @EventHandler
    void on(ConversationHeld event,
            @MetaDataValue(value = EventSerialization.IMPORTED, required = false) String imported) {
        countOnCommit(conversationsHeld, imported);
    }

    @EventHandler
    void on(PersonalDataErased event,
            @MetaDataValue(value = EventSerialization.IMPORTED, required = false) String imported) {
        countOnCommit(erasures, imported);
    }

    private static void countOnCommit(Counter counter, String imported) {
        if ("true".equals(imported)) {
            return;
        }
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> counter.increment());
        } else {
            counter.increment();
        }
    }
}
