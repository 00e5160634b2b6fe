package io.talentplatform.bench.append;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The append benchmark's client sends what the platform reads (method, path, bearer token, JSON body) and reads every
 * kind of answer to its end, so the next request on the kept-alive connection starts clean.
 */
class PlainHttpTest {

    private HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(body, StandardCharsets.UTF_8));
            byte[] answer = "{\"position\":42}".getBytes(StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/chunked")) {
                exchange.sendResponseHeaders(201, 0); // length 0: chunked
            } else if (path.endsWith("/close")) {
                exchange.getResponseHeaders().add("Connection", "close");
                exchange.sendResponseHeaders(409, answer.length);
            } else {
                exchange.sendResponseHeaders(201, answer.length);
            }
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void answersOfEveryKindAreReadToTheirEndOnOneConnection() throws IOException {
        PlainHttp http = new PlainHttp("http://127.0.0.1:" + server.getAddress().getPort());
        assertThat(http.post("/api/v1/employees/E-1/capabilities", "token-1", "{\"capability\":\"étude\"}"))
                .isEqualTo(201);
        assertThat(http.post("/api/v1/chunked", "token-2", "{}")).isEqualTo(201);
        assertThat(http.post("/api/v1/sized", "token-3", "{\"n\":3}")).isEqualTo(201);
        assertThat(http.post("/api/v1/close", "token-4", "{}")).isEqualTo(409);
        assertThat(http.post("/api/v1/sized", "token-5", "{\"n\":5}")).as("a new connection after a close")
                .isEqualTo(201);
        http.closeAll();

        assertThat(received).containsExactly(
                "POST /api/v1/employees/E-1/capabilities Bearer token-1 application/json {\"capability\":\"étude\"}",
                "POST /api/v1/chunked Bearer token-2 application/json {}",
                "POST /api/v1/sized Bearer token-3 application/json {\"n\":3}",
                "POST /api/v1/close Bearer token-4 application/json {}",
                "POST /api/v1/sized Bearer token-5 application/json {\"n\":5}");
    }

    @Test
    void onlyLoopbackIsServed() {
        assertThatThrownBy(() -> new PlainHttp("http://192.0.2.1:8080")).isInstanceOf(IllegalArgumentException.class);
    }
}
