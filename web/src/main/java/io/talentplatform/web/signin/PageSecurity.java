package io.talentplatform.web.signin;

import io.talentplatform.web.api.WebSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * The pages' security: a session per signed-in person, CSRF protection on every form, and sign-in either on the
 * standalone build's own page ({@code talent.web.sign-in=dev}) or through the organisation's OpenID Connect provider
 * (a client registration named {@code talent}). Ordered after the API's chain, which matches only the API's paths.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebSettings.class)
class PageSecurity {

    static final String OIDC_REGISTRATION = "talent";

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE - 10)
    SecurityFilterChain pagesChain(HttpSecurity http, WebSettings settings,
                                     ObjectProvider<ClientRegistrationRepository> registrations) throws Exception {
        String signIn = settings.devSignIn() ? "/sign-in" : "/oauth2/authorization/" + OIDC_REGISTRATION;
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/sign-in", "/sign-in/**", "/webjars/**", "/static/**", "/favicon.ico",
                                "/error", "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(signIn)))
                .logout(logout -> logout.logoutUrl("/sign-out")
                        .logoutSuccessUrl(settings.devSignIn() ? "/sign-in?signedOut" : "/"));
        if (!settings.devSignIn() && registrations.getIfAvailable() != null) {
            http.oauth2Login(login -> login.defaultSuccessUrl("/", true));
        }
        return http.build();
    }
}
