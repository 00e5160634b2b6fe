package io.talentplatform.standalone.compose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * What the services need of the compose file's Keycloak: the realm's JWK set at its path, on loopback, and tokens
 * shaped as deploy/keycloak/talent-realm.json's mappers shape them (Keycloak's own user id as subject, the employee id
 * in {@code employee_id}, realm roles in {@code roles}).
 */
final class KeycloakStandIn implements AutoCloseable {

    static final String CERTS = "/realms/talent/protocol/openid-connect/certs";

    private final RSAKey key;
    private final HttpServer server;

    private KeycloakStandIn(RSAKey key, HttpServer server) {
        this.key = key;
        this.server = server;
    }

    static KeycloakStandIn start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("talent-realm").generate();
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext(CERTS, exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(jwks);
                }
            });
            server.start();
            return new KeycloakStandIn(key, server);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where Keycloak's port 8080 is, here. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    String token(String employeeId, String... roles) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("http://localhost:8180/realms/talent")
                .subject(UUID.randomUUID().toString())
                .claim("employee_id", employeeId)
                .claim("roles", List.of(roles))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(30))))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
