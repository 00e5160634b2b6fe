package io.talentplatform.platform.axon;

import io.talentplatform.platform.readmodel.ReadModel;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Duration;

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

    /**
     * A segment that only passes events it has no handler for stores its progress once per claim extension
     * (5 s by Axon's default). Storing it every half second keeps {@code ?minPosition=} waits short.
     */
    @Bean
    public ConfigurerModule storeIdleSegmentProgressOften(
            @Value("${talent.processing.claim-extension:500ms}") Duration claimExtension) {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                (configuration, builder) -> builder.claimExtensionThreshold(claimExtension.toMillis()));
    }

    /**
     * The read models keyed by person sequence their events by {@link PersonSequencing}, each with its own rule; set
     * here from the read models' declaration rather than named per processor in the configuration.
     */
    @Bean
    public ConfigurerModule sequenceEachPersonsEventsTogether() {
        return configurer -> {
            for (ReadModel model : ReadModel.values()) {
                PersonSequencing.of(model).ifPresent(policy -> configurer.eventProcessing()
                        .registerSequencingPolicy(model.processor(), configuration -> policy));
            }
        };
    }
}
