package io.talentplatform.standalone.streams;

import io.cloudevents.CloudEvent;
import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TestInfrastructure;
import io.talentplatform.platform.testing.TestTeam;
import io.talentplatform.platform.testing.TopicReader;
import io.talentplatform.standalone.StandaloneTest;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three marketplace topics from a small team's history: each event type on its topic, key and CloudEvent
 * fields; nothing confidential or unconsented in the raw bytes of any record; a withdrawal's tombstone; and a new
 * consumer that rebuilds exactly the current consented profiles from the compacted topic.
 */
@StandaloneTest
class MarketplaceStreamsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eachTopicCarriesOnlyWhatPeopleShare() {
        TestTeam team = TestTeam.register(port);
        Http hr = team.hr();
        Http manager = team.asManager();
        String ada = team.employee();
        String suffix = ada.substring(2);
        String ben = "BEN-" + suffix;   // never consents
        String cy = "CY-" + suffix;     // consents, then withdraws
        String dee = "DEE-" + suffix;   // visible, shares nothing
        for (String person : List.of(ben, cy, dee)) {
            hr.post("/api/v1/employees", """
                    {"employeeId":"%s","displayName":"Person %s","jobTitle":"Engineer","level":"L4",
                     "function":"Engineering","managerId":"%s"}""".formatted(person, person, team.manager())).ok();
        }
        Map<String, String> secrets = Map.of(
                "evidence", "EVIDENCE-TEXT-" + suffix,
                "narrative", "NARRATIVE-" + suffix,
                "rationale", "RATIONALE-" + suffix,
                "note", "LISTENING-NOTE-" + suffix,
                "caveat", "CAVEAT-" + suffix);
        consent(ada, true, "\"CAPABILITIES\",\"ASPIRATION\",\"READINESS\"");
        consent(cy, true, "\"CAPABILITIES\"");
        consent(dee, true, "");
        for (String person : List.of(ada, ben, cy, dee)) {
            manager.post("/api/v1/employees/" + person + "/capabilities", """
                    {"capability":"distributed-systems","level":4,"evidence":"%s","source":"CONVERSATION",
                     "observedOn":"%s"}""".formatted(secrets.get("evidence"), LocalDate.now().minusDays(3))).ok();
        }
        manager.post("/api/v1/employees/" + ada + "/aspirations", """
                {"direction":"PEOPLE_LEADERSHIP","targetRoleFamilies":["engineering-leadership"],"horizonYears":2,
                 "narrative":"%s","shareDirection":true}""".formatted(secrets.get("narrative"))).ok();
        manager.post("/api/v1/employees/" + dee + "/aspirations", """
                {"direction":"DOMAIN_DEPTH","targetRoleFamilies":["staff-engineering"],"horizonYears":3,
                 "narrative":"%s","shareDirection":false}""".formatted(secrets.get("narrative"))).ok();
        manager.post("/api/v1/employees/" + ada + "/readiness", """
                {"roleFamily":"engineering-leadership","readiness":"READY_1_2_YEARS","rationale":"%s"}"""
                .formatted(secrets.get("rationale"))).ok();
        String conversation = team.heldConversation();
        manager.post("/api/v1/conversations/" + conversation + "/notes",
                "{\"kind\":\"AMBITION\",\"text\":\"%s\"}".formatted(secrets.get("note"))).ok();
        manager.post("/api/v1/contracts", """
                {"employeeId":"%s","goal":"lead","evidenceOfSuccess":"a review run","reviewCadence":"QUARTERLY",
                 "nextReviewOn":"%s","caveat":"%s","openQuestions":[]}"""
                .formatted(ada, LocalDate.now().plusDays(60), secrets.get("caveat"))).ok();
        String role = "R-" + suffix;
        hr.post("/api/v1/roles", """
                {"roleId":"%s","title":"Engineering Lead","function":"Engineering","level":"L6","critical":true,
                 "roleFamily":"engineering-leadership","requiredCapabilities":[{"capability":"distributed-systems",
                 "minLevel":4}]}""".formatted(role)).ok();
        String opening = hr.post("/api/v1/roles/" + role + "/openings",
                "{\"openedOn\":\"%s\",\"internalOnly\":true}".formatted(LocalDate.now().minusDays(5))).ok()
                .json().get("openingId").asString();
        hr.post("/api/v1/openings/" + opening + "/fill",
                "{\"filledOn\":\"%s\",\"employeeId\":\"%s\"}".formatted(LocalDate.now(), ada)).ok();
        // A gig goes to the openings topic too, with its kind; who takes it is not published.
        String gig = hr.post("/api/v1/openings", """
                {"kind":"GIG","title":"Run the guild","function":"Engineering","hoursPerWeek":4,"startsOn":"%s",
                 "endsOn":"%s","requiredCapabilities":[],"developsCapabilities":["mentoring"]}"""
                .formatted(LocalDate.now(), LocalDate.now().plusDays(30))).ok().json().get("openingId").asString();
        Http.at(port).as(cy, "EMPLOYEE").post("/api/v1/openings/" + gig + "/applications",
                "{\"employeeId\":\"%s\"}".formatted(cy)).ok();
        manager.post("/api/v1/openings/" + gig + "/applications/" + cy + "/agree", "{}").ok();
        consent(cy, false, "");

        Duration patience = Duration.ofSeconds(60);
        await().atMost(patience).until(() -> TopicReader.readKey("talent.openings.v1", gig).size() >= 2);
        assertThat(types(TopicReader.readKey("talent.openings.v1", gig)))
                .containsExactly("talent.opportunity.posted.v1", "talent.opportunity.taken.v1");
        assertThat(TopicReader.readKey("talent.openings.v1", gig)).allSatisfy(record ->
                assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"openingKind\":\"GIG\"")
                        .doesNotContain(cy));
        await().atMost(patience).until(() -> last(TopicReader.readKey("talent.profiles.v1", cy)) == null
                && !TopicReader.readKey("talent.profiles.v1", cy).isEmpty());
        await().atMost(patience).until(() -> TopicReader.readKey("talent.openings.v1", opening).size() >= 2);
        await().atMost(patience).until(() -> types(TopicReader.readKey("talent.events.v1", ada))
                .contains("talent.employee.moved.v1"));
        await().atMost(patience).until(() -> TopicReader.readKey("talent.profiles.v1", ada).stream()
                .anyMatch(record -> record.value() != null
                        && new String(record.value(), StandardCharsets.UTF_8).contains("Engineering Lead")));

        // Every event type on its topic and key, with the CloudEvent fields a consumer relies on.
        assertThat(types(TopicReader.readKey("talent.events.v1", ada))).contains("talent.consent.changed.v1",
                "talent.capability.evidenced.v1", "talent.aspiration.stated.v1", "talent.readiness.assessed.v1",
                "talent.employee.moved.v1");
        assertThat(TopicReader.readKey("talent.events.v1", ben)).as("never consented").isEmpty();
        assertThat(types(TopicReader.readKey("talent.events.v1", dee))).as("visible, shares nothing")
                .containsOnly("talent.consent.changed.v1");
        assertThat(types(TopicReader.readKey("talent.events.v1", cy))).containsExactly("talent.consent.changed.v1",
                "talent.capability.evidenced.v1", "talent.consent.changed.v1");
        assertThat(types(TopicReader.readKey("talent.openings.v1", opening)))
                .containsExactly("talent.opening.opened.v1", "talent.opening.filled.v1");
        List<ConsumerRecord<String, byte[]>> ours = new ArrayList<>();
        for (String topic : List.of("talent.events.v1", "talent.profiles.v1")) {
            for (String person : List.of(ada, ben, cy, dee)) {
                ours.addAll(TopicReader.readKey(topic, person));
            }
        }
        ours.addAll(TopicReader.readKey("talent.openings.v1", opening));
        ours.addAll(TopicReader.readKey("talent.openings.v1", gig));
        Set<String> eventIds = Set.copyOf(jdbc.sql("""
                        SELECT eventidentifier FROM domainevententry
                        WHERE aggregateidentifier IN (?, ?, ?, ?, ?, ?)""")
                .params(ada, ben, cy, dee, opening, gig).query(String.class).list());
        SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Set<String> typesSeen = new java.util.TreeSet<>();
        for (ConsumerRecord<String, byte[]> record : ours) {
            if (record.value() == null) {
                continue;
            }
            JsonNode event = JSON.readTree(record.value());
            String type = event.get("type").asString();
            typesSeen.add(type);
            Schema schema = schemas.getSchema(readSchema(type));
            assertThat(schema.validate(event.get("data").toString(), InputFormat.JSON))
                    .as(type + " data against docs/events/" + type + ".json: " + event.get("data")).isEmpty();
            assertThat(event.get("specversion").asString()).isEqualTo("1.0");
            assertThat(eventIds).as("the CloudEvent id is the domain event's id").contains(event.get("id").asString());
            assertThat(event.get("subject").asString()).isEqualTo(record.key());
            assertThat(URI.create(event.get("source").asString())).isEqualTo(URI.create("/talent-platform"));
            assertThat(event.get("dataschema").asString()).isEqualTo("urn:talent:schema:" + type);
            assertThat(Instant.parse(event.get("time").asString())).isBefore(Instant.now().plusSeconds(1));
            assertThat(event.get("data")).isNotNull();
        }

        assertThat(typesSeen).as("every documented type was published and checked").isEqualTo(documentedTypes());

        // Nothing confidential, nothing personal and nothing of the unconsented, in any record's raw bytes.
        List<String> forbidden = new ArrayList<>(secrets.values());
        for (String person : List.of(ada, ben, cy, dee)) {
            forbidden.add("Person " + person);
        }
        for (String topic : List.of("talent.events.v1", "talent.profiles.v1", "talent.openings.v1")) {
            for (ConsumerRecord<String, byte[]> record : TopicReader.readAll(topic)) {
                String raw = (record.key() + " " + (record.value() == null ? ""
                        : new String(record.value(), StandardCharsets.UTF_8)));
                for (String text : forbidden) {
                    assertThat(raw).as(topic + " record " + record.offset()).doesNotContain(text);
                }
                assertThat(raw).as(ben + " never consented").doesNotContain(ben);
                if (topic.equals("talent.openings.v1")) {
                    assertThat(raw).as("who filled an opening is not published").doesNotContain(ada);
                }
            }
        }

        // A new consumer of the compacted topic ends with exactly the current consented profiles.
        try (MarketplaceView view = new MarketplaceView(TestInfrastructure.kafka().bootstrapServers())) {
            await().atMost(patience).until(() -> {
                view.poll(Duration.ofMillis(500));
                return view.profiles().containsKey(ada) && view.profiles().containsKey(dee)
                        && view.changes().stream().anyMatch(change -> change.getSubject().equals(cy)
                        && change.getType().equals("talent.consent.changed.v1")
                        && new String(change.getData().toBytes()).contains("\"marketplaceVisible\":false"));
            });
            Set<String> ourProfiles = view.profiles().keySet().stream()
                    .filter(key -> List.of(ada, ben, cy, dee).contains(key)).collect(Collectors.toSet());
            assertThat(ourProfiles).containsExactlyInAnyOrder(ada, dee);
            JsonNode adaProfile = JSON.readTree(view.profiles().get(ada).getData().toBytes());
            assertThat(adaProfile.get("jobTitle").asString()).isEqualTo("Engineering Lead");
            assertThat(adaProfile.get("capabilities").get(0).get("capability").asString())
                    .isEqualTo("distributed-systems");
            assertThat(adaProfile.get("aspiration").get("targetRoleFamilies").get(0).asString())
                    .isEqualTo("engineering-leadership");
            assertThat(adaProfile.get("readiness").get(0).get("readiness").asString()).isEqualTo("READY_1_2_YEARS");
            JsonNode deeProfile = JSON.readTree(view.profiles().get(dee).getData().toBytes());
            assertThat(deeProfile.get("capabilities").isNull()).as("dee shares no capabilities").isTrue();
            assertThat(deeProfile.get("aspiration").isNull()).isTrue();
            List<String> ids = view.changes().stream().map(CloudEvent::getId).toList();
            assertThat(ids).doesNotHaveDuplicates();
        }
    }

    private static Path events() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("docs/events")) ? here.resolve("docs/events")
                : here.getParent().resolve("docs/events");
    }

    private static String readSchema(String type) {
        try {
            return Files.readString(events().resolve(type + ".json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> documentedTypes() {
        try (var files = Files.list(events())) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void consent(String person, boolean visible, String share) {
        Http.at(port).as(person, "EMPLOYEE").put("/api/v1/employees/" + person + "/consent",
                "{\"marketplaceVisible\":%s,\"successionDiscoverable\":false,\"share\":[%s]}".formatted(visible, share)).ok();
    }

    /** The types of a key's CloudEvents in order, each event once (a redelivery repeats an id). */
    private static List<String> types(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, String> byId = new java.util.LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.value() != null) {
                JsonNode event = JSON.readTree(record.value());
                byId.putIfAbsent(event.get("id").asString(), event.get("type").asString());
            }
        }
        return List.copyOf(byId.values());
    }

    private static byte[] last(List<ConsumerRecord<String, byte[]>> records) {
        return records.isEmpty() ? new byte[0] : records.get(records.size() - 1).value();
    }
}
