package io.talentplatform.platform.security;

import io.talentplatform.platform.web.HttpConventions;
import io.talentplatform.platform.web.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;

import java.time.Duration;

/**
 * Every service is an OAuth2 resource server: a bearer JWT whose subject is the caller's employee id and whose
 * {@code roles} claim holds their roles (mapped by the {@code spring.security.oauth2.resourceserver.jwt.*}
 * properties). Which issuer or key verifies tokens is configuration; the standalone build signs its own.
 * Health, metrics scraping, the API docs and the standalone's dev endpoints are open; everything else needs a token.
 * The chain covers the API's paths only, so the pages (the web module, in the standalone build) keep their own.
 */
@AutoConfiguration(after = HttpConventions.class, beforeName = {
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@EnableWebSecurity
public class ResourceServerSecurity {

    /** The API's paths; anything else (the pages, in the standalone build) is another chain's. */
    public static final String[] PATHS = {"/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui.html", "/swagger-ui/**"};

    /**
     * Spring Security observes nothing: no filter, authentication or authorization of a request. Switching its
     * observations off by property (talent-platform.yml) still wrapped every filter of every request in a decorator
     * that asked the registry, by name, whether to observe it; without these settings no decorator is built
     * (docs/decisions/007-no-spring-security-observations.md). The request's own timer stays.
     */
    @Bean
    @ConditionalOnMissingBean
    public SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Each bearer token is verified once and kept until it expires ({@link VerifiedTokens}). */
    @Bean
    static BeanPostProcessor verifiedTokens(@Value("${talent.security.verified-tokens:10000}") long entries,
                                            @Value("${talent.security.verified-token-life:5m}") Duration longest) {
        return new VerifiedTokens.Wrapping(entries, longest);
    }

    @Bean
    @Order(1)
    @ConditionalOnMissingBean(name = "apiSecurity")
    public SecurityFilterChain apiSecurity(HttpSecurity http, ProblemWriter problems) throws Exception {
        http
                .securityMatcher(PATHS)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/api/v1/dev/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> { })
                        .authenticationEntryPoint((request, response, e) -> problems.write(response, 401,
                                "unauthenticated", "Authentication required",
                                "A valid bearer token is required."))
                        .accessDeniedHandler((request, response, e) -> problems.write(response, 403, "forbidden",
                                "Forbidden", "You are not allowed to do this.")))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.write(response, 401,
                                "unauthenticated", "Authentication required",
                                "A valid bearer token is required."))
                        .accessDeniedHandler((request, response, e) -> problems.write(response, 403, "forbidden",
                                "Forbidden", "You are not allowed to do this.")));
        return http.build();
    }
}
