package io.talentplatform.web.api;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

/**
 * The platform's public HTTP API as the pages call it: with the signed-in person's bearer token, reads to the query
 * service and writes to the command service, every write with an Idempotency-Key. Nothing here sees more than the
 * token's owner may: the API decides, the pages only show.
 */
@Component
public class PlatformApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String PROJECTIONS = "/api/v1/admin/projections";

    private final WebSettings settings;
    private final RestClient client;
    private volatile int localPort;

    public PlatformApi(WebSettings settings) {
        this.settings = settings;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(3)).build());
        requests.setReadTimeout(Duration.ofSeconds(15));
        this.client = RestClient.builder().requestFactory(requests).build();
    }

    /** In the standalone build the API is this very server, on whatever port it got. */
    @EventListener
    void serverStarted(WebServerInitializedEvent started) {
        if (started.getApplicationContext().getServerNamespace() == null) {
            localPort = started.getWebServer().getPort();
        }
    }

    /** A read: {@code GET path} with the query parameters given (nulls left out). */
    public Answer get(String token, String path, Map<String, ?> query) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(base(path, settings.queryUrl()) + path);
        query.forEach((name, value) -> {
            if (value != null && !String.valueOf(value).isEmpty()) {
                uri.queryParam(name, value);
            }
        });
        return exchange(HttpMethod.GET, uri.build().encode().toUriString(), token, null, null);
    }

    public Answer get(String token, String path) {
        return get(token, path, Map.of());
    }

    /** A write: the body as JSON, under an idempotency key the form was rendered with. */
    public Answer send(String token, HttpMethod method, String path, Object body, String idempotencyKey) {
        return exchange(method, base(path, settings.commandUrl()) + path, token, body, idempotencyKey);
    }

    public Answer post(String token, String path, Object body, String idempotencyKey) {
        return send(token, HttpMethod.POST, path, body, idempotencyKey);
    }

    private Answer exchange(HttpMethod method, String url, String token, Object body, String idempotencyKey) {
        try {
            RestClient.RequestBodySpec request = client.method(method).uri(url)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
            if (token != null) {
                request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            }
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsBytes(body));
            }
            return request.exchange((sent, response) -> {
                int status = response.getStatusCode().value();
                byte[] bytes = response.getBody().readAllBytes();
                Object json = bytes.length == 0 ? null : parse(bytes);
                String position = response.getHeaders().getFirst("Talent-Event-Position");
                return new Answer(status, json, position == null ? null : Long.parseLong(position),
                        response.getHeaders().getFirst(HttpHeaders.LOCATION),
                        status >= 400 ? Problem.from(status, json) : null);
            });
        } catch (RestClientException e) {
            throw new PlatformUnreachable("The platform's API did not answer " + method + " " + url, e);
        }
    }

    private static Object parse(byte[] bytes) throws IOException {
        try {
            return JsonObject.of(JSON.readValue(bytes, Object.class));
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /** The projections service answers for its own processors; the rest goes to the command or the query API. */
    private String base(String path, String api) {
        String configured = path.startsWith(PROJECTIONS) ? settings.projectionsUrl() : api;
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        if (localPort == 0) {
            throw new PlatformUnreachable("No API address is configured (talent.web.command-url, query-url, projections-url)", null);
        }
        return "http://127.0.0.1:" + localPort;
    }
}
