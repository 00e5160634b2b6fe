package io.talentplatform.platform.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A failing event handler must stop its processor and be retried, never be logged and skipped: a projection that
 * skips an event is silently wrong forever, and a publisher that skips one loses a message. Axon's default
 * (log and continue) is replaced for every processing group.
 */
@AutoConfiguration
public class EventProcessing {

    @Bean
    public ConfigurerModule retryFailedEventsInsteadOfSkippingThem() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
