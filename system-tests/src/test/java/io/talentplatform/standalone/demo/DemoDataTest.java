package io.talentplatform.standalone.demo;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.standalone.OwnPlatform;
import io.talentplatform.standalone.StandaloneTest;
import io.talentplatform.testkit.synthetic.SyntheticOrganisation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The demo organisation loads once, beside whatever is there, and the read models answer about it. */
@StandaloneTest
@OwnPlatform
class DemoDataTest {

    @LocalServerPort
    int port;
    @Autowired
    DemoData demo;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoOrganisationLoadsOnceAndTheViewsAnswerAboutIt() {
        long before = total();
        SyntheticOrganisation organisation = demo.load().orElseThrow();
        // The platform's own policies may add events of their own once the processors run again.
        assertThat(total() - before).isGreaterThanOrEqualTo(organisation.events());
        assertThat(organisation.employees()).allMatch(id -> id.startsWith("DEMO-E-"));
        assertThat(organisation.employees()).hasSizeGreaterThan(250);
        long people = demoPeopleEvents();

        assertThat(demo.load()).as("already loaded").isEmpty();
        assertThat(demoPeopleEvents()).isEqualTo(people);

        String role = organisation.criticalRoles().get(0);
        assertThat(role).startsWith("DEMO-R-");
        Http panel = Http.at(port).as("P-1", "PANEL");
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().untilAsserted(() -> {
            JsonNode view = panel.get("/api/v1/succession/roles/" + role).json();
            assertThat(view.get("roleId").asString()).isEqualTo(role);
            JsonNode matches = panel.get("/api/v1/mobility/openings/" + organisation.openOpenings().get(0)
                    + "/matches").json();
            assertThat(matches.get("matches").size()).isPositive();
        });
        // Every capability the demo names is in the starter catalogue: HR's list of unmapped names starts empty.
        long head = jdbc.sql("SELECT max(globalindex) FROM domainevententry").query(Long.class).single();
        JsonNode unmapped = await().atMost(Duration.ofSeconds(90)).until(() -> Http.at(port).as("HR-1", "HR")
                .get("/api/v1/capabilities/unmapped?minPosition=" + head), answer -> answer.status() == 200).json();
        assertThat(unmapped.get("names")).as(unmapped.toString()).isEmpty();
    }

    private long total() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    private long demoPeopleEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier LIKE 'DEMO-E-%'")
                .query(Long.class).single();
    }
}
