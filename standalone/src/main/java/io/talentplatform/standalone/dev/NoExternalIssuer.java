package io.talentplatform.standalone.dev;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when no real token verification (issuer, JWK set or public key) is configured: then the standalone signs its own. */
class NoExternalIssuer implements Condition {

    private static final String PREFIX = "spring.security.oauth2.resourceserver.jwt.";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        return !environment.containsProperty(PREFIX + "issuer-uri")
                && !environment.containsProperty(PREFIX + "jwk-set-uri")
                && !environment.containsProperty(PREFIX + "public-key-location");
    }
}
