package io.talentplatform.standalone.security;

import io.talentplatform.standalone.StandaloneTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.config.observation.SecurityObservationSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security is told to observe no request, authentication or authorization, so it builds none of its
 * observation wrappers: with only the observations switched off by property, each filter of every request still asked
 * the observation registry, by name, whether to observe it (docs/decisions/007-no-spring-security-observations.md).
 * Without these settings Spring Security observes all three whenever the registry has a handler, as it has once
 * metrics are exported.
 */
@StandaloneTest
class SecurityObservationsTest {

    @Autowired
    SecurityObservationSettings settings;

    @Test
    void springSecurityObservesNothing() {
        assertThat(settings.shouldObserveRequests()).as("requests").isFalse();
        assertThat(settings.shouldObserveAuthentications()).as("authentications").isFalse();
        assertThat(settings.shouldObserveAuthorizations()).as("authorizations").isFalse();
    }
}
