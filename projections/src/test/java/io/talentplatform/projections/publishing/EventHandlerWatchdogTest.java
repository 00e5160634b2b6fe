package io.talentplatform.projections.publishing;

import io.talentplatform.projections.ProjectionsTest;
import org.axonframework.springboot.TimeoutProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event handler calls run without Axon's watchdog per call (talent-platform.yml), which cost a tenth of publishing;
 * the watchdog per batch stays on (docs/decisions/025-events-publisher-reads-unopened-events.md).
 */
@ProjectionsTest
class EventHandlerWatchdogTest {

    @Autowired
    TimeoutProperties timeouts;

    @Test
    void eventHandlerCallsHaveNoWatchdogOfTheirOwn() {
        assertThat(timeouts.getHandler().getEvents().getTimeoutMs()).isNegative();
        assertThat(timeouts.getHandler().getEvents().getWarningThresholdMs()).isNegative();
        assertThat(timeouts.isEnabled()).as("the watchdog per batch").isTrue();
        assertThat(timeouts.getHandler().getCommands().getTimeoutMs()).as("command handlers keep theirs").isPositive();
    }
}
