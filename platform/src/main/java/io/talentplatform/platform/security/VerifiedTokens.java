package io.talentplatform.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The bearer tokens that verified, kept until they expire. A client sends the same token with every request for
 * the token's life; checking its RSA signature and parsing its claims again each time was a tenth of a request
 * thread's time in the append benchmark (docs/decisions/033-the-read-sides-remaining-distance.md).
 *
 * <p>Only a token the configured decoder accepted is kept, under its exact text (signature included), so no other
 * text can be taken for it. It is kept until its {@code exp}, and never longer than {@code longest}: a key withdrawn
 * from the issuer's key set stops its tokens within that bound, as the decoder's own cache of the key set does. A
 * token without {@code exp} is kept for {@code longest}. Any decoder the service is given (issuer, key set, public
 * key, the standalone's own) is wrapped; {@code talent.security.verified-tokens} = 0 leaves it as it is.
 */
public final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder verifier;
    private final Cache<String, Jwt> verified;

    public VerifiedTokens(JwtDecoder verifier, long entries, Duration longest, Clock clock) {
        this.verifier = verifier;
        this.verified = Caffeine.newBuilder()
                .maximumSize(entries)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> life(jwt, longest, clock.instant())))
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        Jwt jwt = verifier.decode(token); // a token that does not verify throws here, and nothing is kept
        verified.put(token, jwt);
        return jwt;
    }

    private static Duration life(Jwt jwt, Duration longest, Instant now) {
        Instant expires = jwt.getExpiresAt();
        if (expires == null) {
            return longest;
        }
        Duration left = Duration.between(now, expires);
        return left.isNegative() ? Duration.ZERO : left.compareTo(longest) < 0 ? left : longest;
    }

    /** Wraps each decoder bean of the service. */
    static final class Wrapping implements BeanPostProcessor {

        private final long entries;
        private final Duration longest;

        Wrapping(long entries, Duration longest) {
            this.entries = entries;
            this.longest = longest;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (entries > 0 && bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)) {
                return new VerifiedTokens(decoder, entries, longest, Clock.systemUTC());
            }
            return bean;
        }
    }
}
