package io.talentplatform.standalone.input;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.PeoplesEvents;
import io.talentplatform.standalone.StandaloneTest;
import io.talentplatform.platform.testing.input.BadRequests;
import io.talentplatform.platform.testing.input.BadRequests.Defect;
import io.talentplatform.platform.testing.input.BadRequests.Operation;
import io.talentplatform.platform.testing.input.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of bad requests over every endpoint of the platform's own OpenAPI document (BadRequests: wrong types,
 * missing and surplus fields, huge and deeply nested bodies, invalid JSON and content types, invalid
 * percent-encoding in paths and query strings, absurd dates and numbers, missing, expired, foreign and tampered
 * tokens), seeded and repeatable: every answer is a 4xx problem+json, and the event store holds no new event.
 */
@StandaloneTest
class BadInputTest {

    private static final long SEED = 20_261_205L;
    private static final int REQUESTS = 5_200;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void noBadRequestGetsAServerErrorOrWritesAnEvent() {
        Map<String, String> known = BadRequests.knownIds(port);
        JsonNode openApi = Http.at(port).get("/v3/api-docs").json();
        List<Operation> operations = BadRequests.operations(openApi);
        assertThat(operations).hasSizeGreaterThan(40);
        BadRequests requests = new BadRequests(openApi, known, SEED);
        long eventsBefore = events();

        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<Defect, Integer> defects = new EnumMap<>(Defect.class);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Operation operation = operations.get(i % operations.size());
            List<Defect> applicable = requests.defectsFor(operation);
            Defect defect = applicable.get(requests.nextInt(applicable.size()));
            RawHttp.Request request = requests.make(operation, defect);
            RawHttp.Response response = RawHttp.send(port, request);
            statuses.merge(response.status(), 1, Integer::sum);
            defects.merge(defect, 1, Integer::sum);
            String problem = BadRequests.wrongAnswer(response);
            if (problem != null && wrong.size() < 25) {
                wrong.add(defect + " " + request.describe() + "\n    -> " + response.status() + " " + problem);
            }
        }

        assertThat(wrong).as("answers that are not a 4xx problem+json (statuses %s)", statuses).isEmpty();
        assertThat(statuses.keySet()).allMatch(status -> status >= 400 && status < 500);
        assertThat(defects).as("every kind of defect was sent").hasSize(Defect.values().length);
        assertThat(events()).as("events appended by bad requests").isEqualTo(eventsBefore);
    }

    private long events() {
        return PeoplesEvents.count(jdbc);
    }
}
