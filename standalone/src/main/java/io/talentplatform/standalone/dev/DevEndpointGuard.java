package io.talentplatform.standalone.dev;

import io.talentplatform.platform.web.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;

/** Puts {@link LocalCallersOnly} in front of the dev endpoints, and says so at start when they are open to more. */
@Configuration(proxyBeanMethods = false)
@Profile("standalone")
class DevEndpointGuard {

    /** Every path that acts as anyone: the token mint, the clock and the pages' sign-in. */
    static final String[] PATHS = {"/api/v1/dev/*", "/sign-in", "/sign-in/*"};
    private static final Logger log = LoggerFactory.getLogger(DevEndpointGuard.class);

    @Bean
    FilterRegistrationBean<LocalCallersOnly> localCallersOnly(
            @Value("${talent.bind-address:127.0.0.1}") String bindAddress,
            @Value("${talent.dev.enabled-when-exposed:false}") boolean enabledWhenExposed, ProblemWriter problems) {
        boolean exposed = !LocalCallersOnly.isLoopback(bindAddress);
        if (exposed && enabledWhenExposed) {
            log.warn("The dev endpoints (token mint, clock, sign-in as anyone) are on although the platform listens "
                    + "on {} (talent.dev.enabled-when-exposed=true); they still answer callers on this machine only.",
                    bindAddress);
        }
        FilterRegistrationBean<LocalCallersOnly> registration =
                new FilterRegistrationBean<>(new LocalCallersOnly(exposed && !enabledWhenExposed, problems));
        registration.addUrlPatterns(PATHS);
        // Before security and everything else: a refused caller learns nothing more.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
