package io.talentplatform.standalone.capabilities;

import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.employee.EvidenceSource;
import io.talentplatform.events.role.RequiredCapability;
import io.talentplatform.events.role.RoleDefined;
import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.standalone.Catalogue;
import io.talentplatform.standalone.StandaloneTest;
import io.talentplatform.testkit.synthetic.HistoryAppender;
import io.talentplatform.testkit.synthetic.SyntheticEvent;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.talentplatform.standalone.ProblemAnswers.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The documented migration of capability names recorded before the catalogue (issue 29, acceptance 1): a log written
 * with free strings, one of them in revision 1, still replays; every name in use is either a catalogue capability or
 * listed for HR with what would map it; once HR maps a name, what was recorded under it counts as the capability in
 * the map, the talent pool and the roles, and the log keeps the name it was recorded with.
 */
@StandaloneTest
class FreeNamesMigrationTest {

    @LocalServerPort
    int port;
    @Autowired
    EventStore store;
    @Autowired
    TransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final String canonical = "distributed-systems-" + run;
    private final String shorthand = "dist-sys-" + run;
    private final String typo = "distributed-sytems-" + run;
    private final String unknown = "cobol-" + run;

    @Test
    void everyFreeNameMapsOrIsListedAndAMappedNameCountsAsItsCapability() {
        Http hr = Http.at(port).as("HR-1", "HR");
        Catalogue.ensure(hr, canonical, "kubernetes-" + run);
        String ada = "FREE-A-" + run;
        String bob = "FREE-B-" + run;
        String cy = "FREE-C-" + run;
        String role = "R-FREE-" + run;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        HistoryAppender appender = new HistoryAppender(store, transactions, 100);
        Instant at = Instant.now().minusSeconds(3600);
        for (String person : List.of(ada, bob, cy)) {
            appender.accept(event("Employee", person, 0, at, new EmployeeRegistered(person, person, "Engineer", "L4",
                    "Engineering", null)));
        }
        appender.accept(event("Employee", ada, 1, at, new CapabilityEvidenced(ada, UUID.randomUUID(), shorthand, 4,
                "led the cache redesign", EvidenceSource.REVIEW, today.minusDays(100), null)));
        appender.accept(event("Employee", ada, 2, at, new CapabilityEvidenced(ada, UUID.randomUUID(), canonical, 2,
                "first steps", EvidenceSource.REVIEW, today.minusDays(200), null)));
        UUID typoEvidence = UUID.randomUUID();
        appender.accept(event("Employee", bob, 1, at, new CapabilityEvidenced(bob, typoEvidence, typo, 3,
                "ran the partition drill", EvidenceSource.PEER, today.minusDays(30), null)));
        appender.accept(event("Employee", cy, 1, at, new CapabilityEvidenced(cy, UUID.randomUUID(), unknown, 5,
                "kept the ledger alive", EvidenceSource.REVIEW, today.minusDays(10), null)));
        appender.accept(event("Role", "role:" + role, 0, at, new RoleDefined(role, "Staff Engineer", "Engineering",
                "L6", true, "staff-" + run, List.of(new RequiredCapability(shorthand, 3)))));
        appender.flush();
        // Bob's evidence as it was stored before evidence could be private and before the catalogue: revision 1.
        int rewritten = jdbc.sql("""
                        UPDATE domainevententry SET payloadrevision = '1', payload = convert_to(
                            (convert_from(payload, 'UTF8')::jsonb - 'visibility' - 'catalogueVersion')::text, 'UTF8')
                        WHERE aggregateidentifier = ? AND sequencenumber = 1""").param(bob).update();
        assertThat(rewritten).isEqualTo(1);
        long head = jdbc.sql("SELECT max(globalindex) FROM domainevententry").query(Long.class).single();

        Map<String, JsonNode> before = unmapped(hr, head);
        assertThat(before).containsKeys(shorthand, typo, unknown).doesNotContainKey(canonical);
        assertThat(before.get(shorthand).get("holders").asLong()).isEqualTo(1);
        assertThat(before.get(shorthand).get("roles").asLong()).isEqualTo(1);
        assertThat(before.get(typo).get("suggestions").valueStream().map(JsonNode::asString)).contains(canonical);
        assertThat(before.get(unknown).get("suggestions")).isEmpty();

        assertProblem(hr.post("/api/v1/capabilities/map", map("kubernetes-" + run, canonical)), 409,
                "name-is-a-capability");
        assertProblem(hr.post("/api/v1/capabilities/map", map(shorthand, "no-such-" + run)), 404,
                "unknown-capability");
        assertThat(Http.at(port).as("P-1", "PANEL").post("/api/v1/capabilities/map", map(shorthand, canonical))
                .status()).isEqualTo(403);
        hr.post("/api/v1/capabilities/map", map(shorthand, canonical)).ok();
        long mapped = hr.post("/api/v1/capabilities/map", map(typo, canonical)).ok().position();
        assertProblem(hr.post("/api/v1/capabilities/map", map(typo, "kubernetes-" + run)), 409, "name-taken");

        Map<String, JsonNode> after = unmapped(hr, mapped);
        assertThat(after).containsKey(unknown).doesNotContainKeys(shorthand, typo);
        assertThat(jdbc.sql("SELECT capability || ':' || level FROM tp_capability WHERE employee_id IN (?, ?)")
                .params(ada, bob).query(String.class).list())
                .as("the latest observation under any of the names").containsExactlyInAnyOrder(canonical + ":4",
                        canonical + ":3");
        assertThat(jdbc.sql("SELECT required_capabilities[1] FROM tp_role WHERE role_id = ?").param(role)
                .query(String.class).single()).isEqualTo(canonical);
        JsonNode map = Http.at(port).as(ada, "EMPLOYEE").get("/api/v1/employees/" + ada + "/career-capital?minPosition="
                + mapped).json();
        assertThat(map.get("capabilities")).singleElement().satisfies(held -> {
            assertThat(held.get("capability").asString()).isEqualTo(canonical);
            assertThat(held.get("level").asInt()).isEqualTo(4);
            assertThat(held.get("evidence")).hasSize(2);
        });
        assertThat(hr.get("/api/v1/capabilities?query=" + canonical).json().get("capabilities").get(0)
                .get("aliases").valueStream().map(JsonNode::asString)).contains(shorthand, typo);

        // The log keeps what was recorded; the revision-1 event replays (the profile as of now is replayed from it).
        Http auditor = Http.at(port).as("A-1", "AUDITOR");
        JsonNode stream = auditor.get("/api/v1/audit/streams/employee/" + bob + "/events").json();
        JsonNode evidenced = stream.get("events").get(1);
        assertThat(evidenced.get("revision").asString()).isEqualTo("1");
        assertThat(evidenced.get("payload").get("capability").asString()).isEqualTo(typo);
        assertThat(evidenced.get("payload").get("visibility").asString()).isEqualTo("SHARED");
        Answer asOf = auditor.get("/api/v1/audit/employees/" + bob + "/as-of?at=" + Instant.now());
        assertThat(asOf.status()).as(asOf.body()).isEqualTo(200);
        assertThat(asOf.json().toString()).contains(typoEvidence.toString());
    }

    private Map<String, JsonNode> unmapped(Http hr, long position) {
        JsonNode answer = await().atMost(Duration.ofSeconds(30)).until(() -> hr.get(
                "/api/v1/capabilities/unmapped?minPosition=" + position), found -> found.status() == 200).json();
        return answer.get("names").valueStream()
                .filter(name -> name.get("name").asString().endsWith(run))
                .collect(Collectors.toMap(name -> name.get("name").asString(), Function.identity()));
    }

    private static String map(String name, String into) {
        return "{\"name\":\"%s\",\"into\":\"%s\"}".formatted(name, into);
    }

    private static SyntheticEvent event(String type, String id, long sequence, Instant at, Object payload) {
        return new SyntheticEvent(type, id, sequence, UUID.randomUUID().toString(), at, payload, "HR-1", "HR");
    }

}
