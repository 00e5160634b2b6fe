package io.talentplatform.standalone.capabilities;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.standalone.StandaloneTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR keeps the capability catalogue over HTTP (add, alias, merge, deprecate, import ESCO's export) and everyone signed
 * in reads it, with its version; whatever HR is refused writes nothing.
 */
@StandaloneTest
class CapabilityCatalogueApiTest {

    @LocalServerPort
    int port;

    private Http hr;
    private String suffix;

    @BeforeEach
    void signIn() {
        hr = Http.at(port).as("HR-1", "HR");
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void hrAddsAliasesMergesAndDeprecatesAndEveryChangeIsANewVersion() {
        String systems = "distributed-systems-" + suffix;
        String computing = "distributed-computing-" + suffix;
        Answer added = hr.post("/api/v1/capabilities", """
                {"capabilityId":"%s","label":"Distributed systems","aliases":["dist-sys-%s"],
                 "escoUri":"http://example.test/esco-fixture/skill/%s","description":"Designs systems of many parts."}"""
                .formatted(systems, suffix, suffix)).ok();
        assertThat(added.status()).isEqualTo(201);
        long first = added.json().get("catalogueVersion").asLong();
        hr.post("/api/v1/capabilities", """
                {"capabilityId":"%s","label":"Distributed computing","aliases":[]}""".formatted(computing)).ok();
        long aliased = hr.post("/api/v1/capabilities/" + systems + "/aliases",
                "{\"alias\":\"distributed-sytems-" + suffix + "\"}").ok().json().get("catalogueVersion").asLong();
        assertThat(aliased).isGreaterThan(first);
        hr.post("/api/v1/capabilities/" + computing + "/merge", "{\"into\":\"" + systems + "\"}").ok();
        long position = hr.post("/api/v1/capabilities/" + systems + "/deprecate",
                "{\"reason\":\"split into narrower capabilities\"}").ok().position();

        JsonNode page = Http.at(port).as("E-" + suffix, "EMPLOYEE")
                .get("/api/v1/capabilities?query=" + suffix + "&minPosition=" + position).json();
        assertThat(page.get("catalogueVersion").asLong()).isGreaterThan(aliased);
        JsonNode entry = page.get("capabilities").valueStream()
                .filter(capability -> capability.get("capabilityId").asString().equals(systems)).findFirst()
                .orElseThrow();
        assertThat(entry.get("aliases").valueStream().map(JsonNode::asString))
                .containsExactly("dist-sys-" + suffix, "distributed-sytems-" + suffix, computing);
        assertThat(entry.get("escoUri").asString()).isEqualTo("http://example.test/esco-fixture/skill/" + suffix);
        assertThat(entry.get("standing").asString()).isEqualTo("DEPRECATED");
        assertThat(entry.get("retiredBecause").asString()).isEqualTo("split into narrower capabilities");
        JsonNode merged = page.get("capabilities").valueStream()
                .filter(capability -> capability.get("capabilityId").asString().equals(computing)).findFirst()
                .orElseThrow();
        assertThat(merged.get("standing").asString()).isEqualTo("MERGED");
        assertThat(merged.get("mergedInto").asString()).isEqualTo(systems);
    }

    @Test
    void aNameAlreadyTakenIsRefusedAndWritesNothing() {
        String mentoring = "mentoring-" + suffix;
        long position = hr.post("/api/v1/capabilities", """
                {"capabilityId":"%s","label":"Mentoring","aliases":["coaching-%s"]}""".formatted(mentoring, suffix))
                .ok().position();

        Answer taken = hr.post("/api/v1/capabilities", """
                {"capabilityId":"coaching-%s","label":"Coaching","aliases":[]}""".formatted(suffix));
        Answer unknown = hr.post("/api/v1/capabilities/nothing-" + suffix + "/aliases", "{\"alias\":\"x-" + suffix + "\"}");
        Answer badName = hr.post("/api/v1/capabilities", "{\"capabilityId\":\"Not A Slug\",\"label\":\"x\"}");

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("type").asString()).endsWith("capability-exists");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(badName.status()).isEqualTo(400);
        JsonNode page = hr.get("/api/v1/capabilities?query=coaching-" + suffix + "&minPosition=" + position).json();
        assertThat(page.get("capabilities").valueStream().map(c -> c.get("capabilityId").asString()))
                .containsExactly(mentoring);
    }

    @Test
    void escosSkillsExportIsImportedOnceAndOnlyHrMayChangeTheCatalogue() {
        String csv = """
                conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description
                KnowledgeSkillCompetence,http://example.test/esco-fixture/%1$s/1,skill/competence,transversal,coach staff %1$s,"mentor staff %1$s
                guide staff %1$s",A fixture row.
                KnowledgeSkillCompetence,http://example.test/esco-fixture/%1$s/2,knowledge,cross-sector,data modelling %1$s,,A fixture row.
                """.formatted(suffix);

        Answer first = hr.post("/api/v1/capabilities/import", "text/csv", csv).ok();
        Answer again = hr.post("/api/v1/capabilities/import", "text/csv", csv).ok();
        Answer byManager = Http.at(port).as("M-" + suffix, "MANAGER")
                .post("/api/v1/capabilities/import", "text/csv", csv);
        Answer notCsv = hr.post("/api/v1/capabilities/import", "text/csv", "name,level\nmentoring,3\n");

        assertThat(first.json().get("added").asInt()).isEqualTo(2);
        assertThat(again.json().get("added").asInt()).isZero();
        assertThat(again.json().get("alreadyKnown").asInt()).isEqualTo(2);
        assertThat(byManager.status()).isEqualTo(403);
        assertThat(notCsv.status()).isEqualTo(422);
        JsonNode page = hr.get("/api/v1/capabilities?query=" + suffix + "&minPosition=" + again.position()).json();
        JsonNode coach = page.get("capabilities").valueStream()
                .filter(capability -> capability.get("capabilityId").asString().equals("coach-staff-" + suffix))
                .findFirst().orElseThrow();
        assertThat(coach.get("aliases").valueStream().map(JsonNode::asString))
                .containsExactly("mentor-staff-" + suffix, "guide-staff-" + suffix);
        assertThat(coach.get("skillType").asString()).isEqualTo("skill/competence");
        assertThat(coach.get("reuseLevel").asString()).isEqualTo("transversal");
        assertThat(coach.get("addedIn").asLong()).isEqualTo(first.json().get("catalogueVersion").asLong());
    }
}
