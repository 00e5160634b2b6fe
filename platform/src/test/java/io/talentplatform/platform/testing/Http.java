package io.talentplatform.platform.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A plain HTTP client for tests, so that they call the API exactly as a client on the network would. */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Http(String base) {
        this.base = base;
    }

    public static Http at(int port) {
        return new Http("http://localhost:" + port);
    }

    /** A client acting as {@code subject} with the given roles. */
    public Http as(String subject, String... roles) {
        Http copy = copy();
        copy.headers.put("Authorization", "Bearer " + TestInfrastructure.token(subject, roles));
        return copy;
    }

    public Http header(String name, String value) {
        Http copy = copy();
        copy.headers.put(name, value);
        return copy;
    }

    public Answer get(String path) {
        return send("GET", path, null);
    }

    public Answer post(String path, String json) {
        return send("POST", path, json);
    }

    public Answer put(String path, String json) {
        return send("PUT", path, json);
    }

    public Answer delete(String path) {
        return send("DELETE", path, null);
    }

    /** Posts a body of another type than JSON, such as a CSV file. */
    public Answer post(String path, String contentType, String body) {
        return send("POST", path, contentType, body);
    }

    public Answer send(String method, String path, String json) {
        return send(method, path, "application/json", json);
    }

    public Answer send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        if (body != null) {
            request.header("Content-Type", contentType);
            request.method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return new Answer(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Http copy() {
        Http copy = new Http(base);
        copy.headers.putAll(headers);
        return copy;
    }

    /** A response, with its body parsed as JSON on demand. */
    public record Answer(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public JsonNode json() {
            return JSON.readTree(response.body());
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public long position() {
            return Long.parseLong(header("Talent-Event-Position"));
        }

        /** This answer, after checking that it is a 200 or 201 (and saying what it was if not). */
        public Answer ok() {
            if (status() != 200 && status() != 201) {
                throw new AssertionError("expected 200 or 201, got " + this);
            }
            return this;
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
