package io.talentplatform.projections.freshness;

import io.talentplatform.platform.axon.Processors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.serialization.Revision;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

import java.util.List;

/**
 * Writes, for each read model this process runs, the events of the published language that none of its handlers
 * takes (V3_21), as Axon's own invoker decides it: the query service's {@code ProcessedPositions} leaves them out when
 * it asks whether a position is processed. Each start replaces the rows, so a version with new handlers is described
 * by itself.
 */
@Component
class IgnoredEventTypes {

    /** The published language: every event the platform appends is a record of this package with a revision. */
    private static final String EVENTS = "io.talentplatform.events";

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    IgnoredEventTypes(EventProcessingConfiguration processing, JdbcClient jdbc, TransactionTemplate transactions) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void describe() {
        List<Class<?>> events = eventTypes();
        for (String name : Processors.READ_MODELS) {
            processing.eventProcessor(name, AbstractEventProcessor.class).ifPresent(processor -> {
                EventHandlerInvoker invoker = processor.eventHandlerInvoker();
                List<String> ignored = events.stream().filter(type -> !invoker.canHandleType(type))
                        .map(Class::getName).toList();
                transactions.executeWithoutResult(status -> {
                    jdbc.sql("DELETE FROM processor_ignored_type WHERE processor_name = ?").param(name).update();
                    jdbc.sql("""
                                    INSERT INTO processor_ignored_type (processor_name, payload_type)
                                    SELECT ?, unnest(?::text[])""")
                            .params(name, ignored.toArray(String[]::new)).update();
                });
            });
        }
    }

    private static List<Class<?>> eventTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        return scanner.findCandidateComponents(EVENTS).stream()
                .map(BeanDefinition::getBeanClassName)
                .<Class<?>>map(name -> ClassUtils.resolveClassName(name, IgnoredEventTypes.class.getClassLoader()))
                .toList();
    }
}
