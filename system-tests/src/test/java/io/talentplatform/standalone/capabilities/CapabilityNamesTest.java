package io.talentplatform.standalone.capabilities;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TestTeam;
import io.talentplatform.platform.testing.TopicReader;
import io.talentplatform.standalone.Catalogue;
import io.talentplatform.platform.testing.PeoplesEvents;
import io.talentplatform.standalone.StandaloneTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Evidence and role requirements name catalogue capabilities: a typo is refused with the closest entries and writes
 * nothing, an alias is recorded as its capability, and a deprecated capability is no longer named.
 */
@StandaloneTest
class CapabilityNamesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private TestTeam team;
    private String suffix;

    @BeforeEach
    void aTeamAndTheStarterCatalogue() {
        team = TestTeam.register(port);
        suffix = team.employee().substring(2).toLowerCase();
        Catalogue.ensure(team.hr());
    }

    @Test
    void aTypoIsRefusedWithTheClosestEntriesAndWritesNothing() {
        long before = PeoplesEvents.count(jdbc);

        Answer typo = evidence("distributed-sytems");

        assertThat(typo.status()).isEqualTo(422);
        assertThat(typo.json().get("type").asString()).endsWith("unknown-capability-name");
        assertThat(typo.json().get("suggestions").valueStream().map(JsonNode::asString))
                .startsWith("distributed-systems");
        assertThat(typo.json().get("detail").asString()).contains("did you mean distributed-systems");
        assertThat(PeoplesEvents.count(jdbc)).isEqualTo(before);
    }

    @Test
    void anAliasIsRecordedAsItsCapability() {
        String alias = "dist-sys-" + suffix;
        team.hr().post("/api/v1/capabilities/distributed-systems/aliases", "{\"alias\":\"" + alias + "\"}").ok();

        long position = evidence(alias).ok().position();

        JsonNode map = team.asManager().get("/api/v1/employees/" + team.employee() + "/career-capital?minPosition="
                + position).json();
        assertThat(map.get("capabilities").valueStream().map(capability -> capability.get("capability").asString()))
                .containsExactly("distributed-systems");
    }

    @Test
    void aDeprecatedCapabilityIsNoLongerNamed() {
        String retired = "punch-cards-" + suffix;
        team.hr().post("/api/v1/capabilities", "{\"capabilityId\":\"" + retired + "\",\"label\":\"Punch cards\"}").ok();
        assertThat(evidence(retired).status()).isEqualTo(201);
        team.hr().post("/api/v1/capabilities/" + retired + "/deprecate", "{\"reason\":\"nobody uses them\"}").ok();

        Answer refused = evidence(retired);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asString()).endsWith("capability-deprecated");
    }

    @Test
    void aRoleRequiresCatalogueCapabilitiesEachOnce() {
        String alias = "people-growth-" + suffix;
        team.hr().post("/api/v1/capabilities/people-development/aliases", "{\"alias\":\"" + alias + "\"}").ok();

        Answer unknown = role("R-U-" + suffix, "[{\"capability\":\"stakeholder-managment\",\"minLevel\":3}]");
        Answer twice = role("R-T-" + suffix, "[{\"capability\":\"people-development\",\"minLevel\":3},"
                + "{\"capability\":\"" + alias + "\",\"minLevel\":2}]");
        Answer resolved = role("R-R-" + suffix, "[{\"capability\":\"" + alias + "\",\"minLevel\":2}]");

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("suggestions").valueStream().map(JsonNode::asString))
                .contains("stakeholder-management");
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.json().get("type").asString()).endsWith("duplicate-requirement");
        JsonNode roles = Http.at(port).as("P-1", "PANEL").get("/api/v1/roles?limit=200&minPosition="
                + resolved.ok().position()).json();
        JsonNode role = roles.get("roles").valueStream()
                .filter(candidate -> candidate.get("roleId").asString().equals("R-R-" + suffix)).findFirst()
                .orElseThrow();
        assertThat(role.get("requiredCapabilities").get(0).get("capability").asString())
                .isEqualTo("people-development");
    }

    @Test
    void evidenceCarriesTheCatalogueVersionToTheLogAndTheMarketplace() {
        long version = team.hr().get("/api/v1/capabilities?query=mentoring").json().get("catalogueVersion").asLong();
        team.asEmployee().put("/api/v1/employees/" + team.employee() + "/consent",
                "{\"marketplaceVisible\":true,\"successionDiscoverable\":false,\"share\":[\"CAPABILITIES\"]}").ok();

        evidence("mentoring").ok();

        JsonNode stream = Http.at(port).as("A-1", "AUDITOR").get("/api/v1/audit/streams/employee/" + team.employee()
                + "/events").json();
        JsonNode recorded = stream.get("events").valueStream()
                .filter(event -> event.get("type").asString().equals("CapabilityEvidenced")).findFirst().orElseThrow();
        assertThat(recorded.get("revision").asString()).isEqualTo("3");
        assertThat(recorded.get("payload").get("catalogueVersion").asLong()).isGreaterThanOrEqualTo(version);
        List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(20))
                .until(() -> TopicReader.readKey("talent.events.v1", team.employee()), list -> list.stream()
                        .anyMatch(record -> new String(record.value(), StandardCharsets.UTF_8)
                                .contains("talent.capability.evidenced.v1")));
        JsonNode published = records.stream().map(record -> JSON.readTree(record.value()))
                .filter(event -> event.get("type").asString().equals("talent.capability.evidenced.v1"))
                .findFirst().orElseThrow();
        assertThat(published.get("data").get("capability").asString()).isEqualTo("mentoring");
        assertThat(published.get("data").get("catalogueVersion").asLong())
                .isEqualTo(recorded.get("payload").get("catalogueVersion").asLong());
    }

    private Answer evidence(String capability) {
        return team.asManager().post("/api/v1/employees/" + team.employee() + "/capabilities", """
                {"capability":"%s","level":3,"evidence":"seen in the work","source":"REVIEW","observedOn":"%s"}"""
                .formatted(capability, LocalDate.now(ZoneOffset.UTC).minusDays(1)));
    }

    private Answer role(String roleId, String requirements) {
        return team.hr().post("/api/v1/roles", """
                {"roleId":"%s","title":"Lead","function":"Engineering","level":"L6","critical":false,
                 "roleFamily":"engineering-management","requiredCapabilities":%s}""".formatted(roleId, requirements));
    }
}
