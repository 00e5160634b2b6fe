package io.talentplatform.command.employee;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.Set;

/**
 * The loop's policies react to what happens from the day they are installed on, never to an existing history: started
 * from the first event, an upgraded platform would raise a conversation for every flight-signal note ever written and
 * pause people for notes of years ago (docs/upgrading.md). The first time it runs, the processor starts where the log
 * ended when its migration ran (V2_9); on a new database, that is the beginning.
 */
@Configuration(proxyBeanMethods = false)
class EmployeePoliciesStart {

    static final String PROCESSOR = "employee-policies";

    @Bean
    ConfigurerModule employeePoliciesStartWhereInstalled(JdbcClient jdbc,
            @Value("${talent.processing.claim-extension:500ms}") Duration claimExtension) {
        // The named configuration is given the platform's claim extension too, whether Axon chains it after the
        // default one or uses it instead.
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                PROCESSOR, (configuration, builder) -> builder
                        .claimExtensionThreshold(claimExtension.toMillis())
                        .initialToken(source -> {
                            long start = jdbc.sql("SELECT start_index FROM command_policy_start WHERE processor = ?")
                                    .param(PROCESSOR).query(Long.class).single();
                            return start < 0 ? source.createTailToken()
                                    : GapAwareTrackingToken.newInstance(start, Set.of());
                        }));
    }
}
