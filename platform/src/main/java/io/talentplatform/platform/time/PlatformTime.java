package io.talentplatform.platform.time;

import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** One {@link PlatformClock} per service, also used by Axon to stamp events. */
@AutoConfiguration
public class PlatformTime {

    @Bean
    public PlatformClock platformClock() {
        PlatformClock clock = PlatformClock.systemUtc();
        // Axon reads this static clock for event timestamps and aggregate-side "now".
        GenericEventMessage.clock = clock;
        return clock;
    }
}
