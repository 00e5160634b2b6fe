package io.talentplatform.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A token is verified once while it lives; one that fails, or has expired, is verified (and refused) every time. */
class VerifiedTokensTest {

    private static final TokenMint MINT = new TokenMint(TokenMint.newKeyPair());

    private final AtomicInteger verifications = new AtomicInteger();
    private final JwtDecoder nimbus = MINT.decoder();
    private final JwtDecoder counting = token -> {
        verifications.incrementAndGet();
        return nimbus.decode(token);
    };

    @Test
    void aLiveTokenIsVerifiedOnce() {
        VerifiedTokens tokens = new VerifiedTokens(counting, 100, Duration.ofMinutes(5), Clock.systemUTC());
        String token = MINT.mint("E-1", List.of("EMPLOYEE"), Duration.ofHours(1));

        Jwt first = tokens.decode(token);
        Jwt again = tokens.decode(token);

        assertThat(again).isSameAs(first);
        assertThat(again.getSubject()).isEqualTo("E-1");
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aTokenThatDoesNotVerifyIsNeverKept() {
        VerifiedTokens tokens = new VerifiedTokens(counting, 100, Duration.ofMinutes(5), Clock.systemUTC());
        String token = MINT.mint("E-1", List.of("EMPLOYEE"), Duration.ofHours(1));
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        String otherIssuersKey = new TokenMint(TokenMint.newKeyPair()).mint("E-1", List.of("HR"), Duration.ofHours(1));

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
            assertThatThrownBy(() -> tokens.decode(otherIssuersKey)).isInstanceOf(JwtException.class);
        }
        assertThat(verifications).hasValue(4);
    }

    @Test
    void aTokenIsNotKeptPastItsExpiry() {
        // Expired 30 s ago: inside the decoder's clock skew, so it still verifies, but it has no life left to keep.
        String expiring = MINT.mint("E-1", List.of("EMPLOYEE"), Instant.now().minusSeconds(90), Duration.ofMinutes(1));
        // Expired beyond the skew: refused every time.
        String expired = MINT.mint("E-1", List.of("EMPLOYEE"), Instant.now().minusSeconds(600), Duration.ofMinutes(1));
        VerifiedTokens tokens = new VerifiedTokens(counting, 100, Duration.ofMinutes(5), Clock.systemUTC());

        tokens.decode(expiring);
        tokens.decode(expiring);
        assertThat(verifications).hasValue(2);
        assertThatThrownBy(() -> tokens.decode(expired)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.decode(expired)).isInstanceOf(JwtException.class);
        assertThat(verifications).hasValue(4);
    }

    @Test
    void aTokenIsKeptNoLongerThanTheLongestLifeWhateverItsExpiry() {
        String token = MINT.mint("E-1", List.of("EMPLOYEE"), Duration.ofHours(1));
        VerifiedTokens bounded = new VerifiedTokens(counting, 100, Duration.ZERO, Clock.systemUTC());

        bounded.decode(token);
        bounded.decode(token);

        assertThat(verifications).hasValue(2);
    }

    @Test
    void everyDecoderOfTheServiceIsWrappedUnlessTurnedOff() {
        assertThat(new VerifiedTokens.Wrapping(10_000, Duration.ofMinutes(5))
                .postProcessAfterInitialization(nimbus, "jwtDecoder")).isInstanceOf(VerifiedTokens.class);
        assertThat(new VerifiedTokens.Wrapping(0, Duration.ofMinutes(5))
                .postProcessAfterInitialization(nimbus, "jwtDecoder")).isSameAs(nimbus);
        Object other = new Object();
        assertThat(new VerifiedTokens.Wrapping(10_000, Duration.ofMinutes(5))
                .postProcessAfterInitialization(other, "somethingElse")).isSameAs(other);
    }
}
