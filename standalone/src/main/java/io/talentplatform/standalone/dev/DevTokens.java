package io.talentplatform.standalone.dev;

import io.talentplatform.platform.security.TokenMint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The standalone build's own token issuer, a stand-in for the organisation's identity provider. Exists only in the
 * {@code standalone} profile and only when no real issuer, JWK set or public key is configured. Its key lives in
 * memory: tokens do not survive a restart.
 */
@Configuration(proxyBeanMethods = false)
@Profile("standalone")
@Conditional(NoExternalIssuer.class)
class DevTokens {

    @Bean
    TokenMint devTokenMint() {
        return new TokenMint(TokenMint.newKeyPair());
    }

    @Bean
    JwtDecoder devTokenDecoder(TokenMint mint) {
        return mint.decoder();
    }
}
