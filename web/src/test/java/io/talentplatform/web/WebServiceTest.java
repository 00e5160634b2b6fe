package io.talentplatform.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages as a service of their own (the compose topology): nobody is signed in without the organisation's OpenID
 * Connect provider, which the browser is sent to with this client's id and the way back; the standalone build's
 * pick-a-person sign-in does not exist here. No identity provider is contacted: the test reads the redirects.
 */
@SpringBootTest(classes = WebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=web-service",
                "server.address=127.0.0.1",
                "talent.web.command-url=http://127.0.0.1:9", "talent.web.query-url=http://127.0.0.1:9",
                "spring.security.oauth2.client.registration.talent.client-id=talent-web",
                "spring.security.oauth2.client.registration.talent.client-secret=secret",
                "spring.security.oauth2.client.registration.talent.scope=openid,profile",
                "spring.security.oauth2.client.registration.talent.authorization-grant-type=authorization_code",
                "spring.security.oauth2.client.registration.talent.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
                "spring.security.oauth2.client.provider.talent.authorization-uri=http://127.0.0.1:9/auth",
                "spring.security.oauth2.client.provider.talent.token-uri=http://127.0.0.1:9/token",
                "spring.security.oauth2.client.provider.talent.jwk-set-uri=http://127.0.0.1:9/certs",
                "spring.security.oauth2.client.provider.talent.user-info-uri=http://127.0.0.1:9/userinfo",
                "spring.security.oauth2.client.provider.talent.user-name-attribute=employee_id"})
class WebServiceTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void aVisitorIsSentToTheIdentityProviderWithThisClientAndTheWayBack() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/talent");

        HttpResponse<String> login = get("/oauth2/authorization/talent");
        String location = URLDecoder.decode(login.headers().firstValue("Location").orElseThrow(),
                StandardCharsets.UTF_8);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(location).startsWith("http://127.0.0.1:9/auth?").contains("response_type=code",
                "client_id=talent-web", "scope=openid profile",
                "redirect_uri=http://127.0.0.1:" + port + "/login/oauth2/code/talent");
    }

    @Test
    void thePickAPersonSignInDoesNotExistHere() throws Exception {
        assertThat(get("/sign-in").statusCode()).isEqualTo(404);
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
