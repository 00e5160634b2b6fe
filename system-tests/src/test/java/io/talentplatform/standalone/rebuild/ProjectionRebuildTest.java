package io.talentplatform.standalone.rebuild;

import io.talentplatform.events.employee.EmployeeDeparted;
import io.talentplatform.platform.axon.Processors;
import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.projections.BatchedWrites;
import io.talentplatform.platform.testing.TestTeam;
import io.talentplatform.query.freshness.ProcessedPositions;
import io.talentplatform.standalone.OwnPlatform;
import io.talentplatform.platform.testing.ReadModelDigests;
import io.talentplatform.standalone.StandaloneTest;
import io.talentplatform.testkit.synthetic.HistoryAppender;
import io.talentplatform.testkit.synthetic.OrganisationGenerator;
import io.talentplatform.testkit.synthetic.OrganisationSpec;
import io.talentplatform.testkit.synthetic.SyntheticEvent;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Read models are functions of the log: after a history with every event type, each read model rebuilt from the
 * first event through the admin API holds exactly the rows it held live (every table hashed); and a rebuild while
 * commands keep arriving ends where a quiet replay ends. Publishers are never replayed through the API.
 */
@StandaloneTest
@OwnPlatform
class ProjectionRebuildTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore store;
    @Autowired
    TransactionManager transactions;
    @Autowired
    ProcessedPositions positions;
    @Autowired
    TokenStore tokens;
    @Autowired
    BatchedWrites writes;

    @Test
    void everyReadModelRebuiltFromTheLogEqualsItsLiveRowsAfterEveryEventType() {
        List<SyntheticEvent> history = new ArrayList<>();
        HistoryAppender appender = new HistoryAppender(store, transactions, HistoryAppender.DEFAULT_BATCH);
        OrganisationGenerator.generate(new OrganisationSpec(120, 8, 4, 17, LocalDate.now()), event -> {
            history.add(event);
            appender.accept(event);
        });
        appender.flush();
        String departed = history.stream().map(SyntheticEvent::payload).filter(EmployeeDeparted.class::isInstance)
                .map(payload -> ((EmployeeDeparted) payload).employeeId()).findFirst().orElseThrow();
        Answer erased = hr().post("/api/v1/employees/" + departed + "/erasure",
                "{\"requestedBy\":\"HR-1\",\"reason\":\"the person asked\"}");
        assertThat(erased.status()).as(erased.toString()).isBetween(200, 202);
        // The synthetic history never takes anyone off a slate; the panel does it here.
        TestTeam team = TestTeam.register(port);
        String role = "R-" + team.employee();
        assertThat(hr().post("/api/v1/roles", """
                {"roleId":"%s","title":"Lead","function":"Engineering","level":"L6","critical":true,
                 "roleFamily":"engineering-leadership","requiredCapabilities":[{"capability":"mentoring","minLevel":3}]}"""
                .formatted(role)).status()).isEqualTo(201);
        Http panel = Http.at(port).as("P-1", "PANEL");
        assertThat(panel.post("/api/v1/roles/" + role + "/successors", "{\"employeeId\":\"%s\",\"readiness\":\"READY_NOW\","
                .formatted(team.employee()) + "\"rationale\":\"covers\"}").status()).isEqualTo(200);
        assertThat(panel.delete("/api/v1/roles/" + role + "/successors/" + team.employee() + "?reason=moved").status())
                .isEqualTo(200);
        // The person contests three records and their manager answers each: an amendment and two withdrawals.
        String person = "/api/v1/employees/" + team.employee();
        String evidence = team.asManager().post(person + "/capabilities", """
                {"capability":"mentoring","level":2,"evidence":"mentored one","source":"REVIEW","observedOn":"%s"}"""
                .formatted(LocalDate.now().minusDays(5))).ok().json().get("evidenceId").asString();
        String relationship = team.asManager().post(person + "/relationships",
                "{\"counterpartName\":\"Linus\",\"counterpartFunction\":\"Product\",\"kind\":\"MENTOR\"}").ok()
                .json().get("relationshipId").asString();
        team.asManager().post(person + "/readiness",
                "{\"roleFamily\":\"staff-engineering\",\"readiness\":\"NOT_A_FIT\",\"rationale\":\"no\"}").ok();
        for (String[] contest : List.of(new String[]{"EVIDENCE", evidence, "{\"outcome\":\"AMENDED\",\"note\":\"two\",\"level\":3}"},
                new String[]{"RELATIONSHIP", relationship, "{\"outcome\":\"WITHDRAWN\",\"note\":\"never met\"}"},
                new String[]{"READINESS", "staff-engineering", "{\"outcome\":\"WITHDRAWN\",\"note\":\"too early\"}"})) {
            String contestId = team.asEmployee().post(person + "/contests",
                    "{\"subject\":{\"kind\":\"%s\",\"id\":\"%s\"},\"reason\":\"I disagree\"}"
                            .formatted(contest[0], contest[1])).ok().json().get("contestId").asString();
            team.asManager().post("/api/v1/contests/" + contestId + "/answer", contest[2]).ok();
        }
        // HR changes the match weights; a ranking is kept for an opening and for a slate decision; a person disputes.
        assertThat(hr().post("/api/v1/matching/weights", """
                {"version":"rebuild-%s","capability":0.5,"recency":0.15,"aspiration":0.15,"readiness":0.15,
                 "advocacy":0.05,"reason":"recency matters more"}""".formatted(team.employee().toLowerCase()))
                .status()).isEqualTo(201);
        team.asEmployee().put(person + "/consent",
                "{\"marketplaceVisible\":true,\"successionDiscoverable\":false,\"share\":[\"CAPABILITIES\"]}").ok();
        String opening = hr().post("/api/v1/roles/" + role + "/openings",
                "{\"openedOn\":\"%s\",\"internalOnly\":false}".formatted(LocalDate.now())).ok().json()
                .get("openingId").asString();
        assertThat(hr().post("/api/v1/openings/" + opening + "/rankings", "{\"note\":\"shortlist\"}").status())
                .isEqualTo(202);
        assertThat(panel.post("/api/v1/roles/" + role + "/slate-decisions", "{\"note\":\"review\"}").status())
                .isEqualTo(202);
        String ranking = await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        SELECT aggregateidentifier FROM domainevententry WHERE type = 'MatchRanking'
                        AND convert_from(payload, 'UTF8')::jsonb ->> 'target' = ?""").param(opening)
                .query(String.class).optional(), java.util.Optional::isPresent).orElseThrow();
        team.asEmployee().post("/api/v1/mobility/rankings/" + ranking + "/disputes", "{\"reason\":\"why?\"}").ok();
        // HR keeps the capability catalogue: every change of it, an import included.
        String capability = "capability-" + team.employee().toLowerCase();
        for (String change : List.of(
                "{\"capabilityId\":\"%s\",\"label\":\"Kept\",\"aliases\":[\"%<s-alias\"]}",
                "{\"capabilityId\":\"%s-merged\",\"label\":\"Merged\"}",
                "{\"capabilityId\":\"%s-retired\",\"label\":\"Retired\"}")) {
            assertThat(hr().post("/api/v1/capabilities", change.formatted(capability)).status()).isEqualTo(201);
        }
        assertThat(hr().post("/api/v1/capabilities/" + capability + "/aliases",
                "{\"alias\":\"" + capability + "-other\"}").status()).isEqualTo(200);
        assertThat(hr().post("/api/v1/capabilities/map",
                "{\"name\":\"" + capability + "-free\",\"into\":\"" + capability + "\"}").status()).isEqualTo(200);
        assertThat(hr().post("/api/v1/capabilities/" + capability + "-merged/merge",
                "{\"into\":\"" + capability + "\"}").status()).isEqualTo(200);
        assertThat(hr().post("/api/v1/capabilities/" + capability + "-retired/deprecate",
                "{\"reason\":\"unused\"}").status()).isEqualTo(200);
        assertThat(hr().post("/api/v1/capabilities/import", "text/csv",
                "conceptUri,preferredLabel,altLabels\nhttp://example.test/esco-fixture/" + capability + ",imported "
                        + capability + ",\"one alias\nanother alias\"\n").status()).isEqualTo(200);
        // A gig is posted, asked for, agreed and completed; HR keeps a pool by rule and nominations; a role draws
        // from it; a person asks for a mentor, which becomes their manager's introduction commitment.
        String gig = hr().post("/api/v1/openings", """
                {"kind":"PROJECT","title":"Platform migration","function":"Engineering","hoursPerWeek":8,
                 "startsOn":"%s","endsOn":"%s","requiredCapabilities":[{"capability":"mentoring","minLevel":2}],
                 "developsCapabilities":["stakeholder-management"],"sponsorId":"%s","seats":2}"""
                .formatted(LocalDate.now().minusDays(3), LocalDate.now().plusDays(60), team.otherManager())).ok()
                .json().get("openingId").asString();
        team.asEmployee().post("/api/v1/openings/" + gig + "/applications",
                "{\"employeeId\":\"%s\",\"note\":\"I want this\"}".formatted(team.employee())).ok();
        team.asManager().post("/api/v1/openings/" + gig + "/applications/" + team.employee() + "/agree", "{}").ok();
        team.asManager().post("/api/v1/openings/" + gig + "/applications/" + team.employee() + "/complete", """
                {"completedOn":"%s","shown":[{"capability":"stakeholder-management","level":2}],
                 "evidence":"ran the migration's steering"}""".formatted(LocalDate.now())).ok();
        String pool = "rebuild-" + team.employee().toLowerCase();
        hr().post("/api/v1/talent-pools", """
                {"poolId":"%s","name":"Future leads","confidential":true,"roleFamily":"engineering-leadership",
                 "rule":{"capabilities":[{"capability":"mentoring","minLevel":2}],"functions":["Engineering"]}}"""
                .formatted(pool)).ok();
        panel.post("/api/v1/talent-pools/" + pool + "/members",
                "{\"employeeId\":\"%s\",\"reason\":\"steady\"}".formatted(team.otherEmployee())).ok();
        panel.post("/api/v1/talent-pools/" + pool + "/members",
                "{\"employeeId\":\"%s\",\"reason\":\"steady\"}".formatted(team.employee())).ok();
        panel.delete("/api/v1/talent-pools/" + pool + "/members/" + team.otherEmployee() + "?reason=moved").ok();
        hr().put("/api/v1/roles/" + role + "/talent-pool", "{\"poolId\":\"%s\"}".formatted(pool)).ok();
        team.openContract();
        Http.at(port).as(team.otherEmployee(), "EMPLOYEE").put("/api/v1/employees/" + team.otherEmployee()
                + "/consent", "{\"marketplaceVisible\":false,\"successionDiscoverable\":false,\"share\":[\"MENTOR\"]}")
                .ok();
        team.asEmployee().post(person + "/mentor-requests", "{\"mentorId\":\"%s\",\"roleFamily\":\"%s\"}"
                .formatted(team.otherEmployee(), "engineering-leadership")).ok();
        assertThat(recordedTypes()).as("the history holds every event type").containsAll(eventTypes());

        long head = quietHead();
        Map<String, String> live = new LinkedHashMap<>();
        for (String readModel : Processors.READ_MODELS) {
            awaitProcessed(readModel, head);
            live.put(readModel, digest(readModel));
        }

        // The read model's tables of issue 30 hold rows, so their equality below is a check of them too.
        for (String table : List.of("tp_taking", "tp_move", "tp_named_pool", "tp_pool_member")) {
            assertThat(jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single()).as(table).isPositive();
        }
        // Live, a batch's rows of one statement went as multi-row statements; the rebuild sends each row's statement
        // on its own, so equal rows also show that the two forms write the same (MultiRowStatement).
        writes.multiRowStatements(false);
        for (String readModel : Processors.READ_MODELS) {
            Answer asked = hr().post("/api/v1/admin/projections/" + readModel + "/rebuild", null);
            assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        }
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            JsonNode processors = hr().get("/api/v1/admin/projections").json().get("processors");
            for (JsonNode processor : processors) {
                if (processor.get("kind").asString().equals("READ_MODEL")) {
                    JsonNode rebuild = processor.get("rebuild");
                    assertThat(rebuild.get("state").asString()).as(processor.toString()).isEqualTo("RESET");
                    assertThat(rebuild.get("resetPosition").asLong()).isGreaterThanOrEqualTo(head);
                    assertThat(rebuild.get("percent").asDouble()).isEqualTo(100.0);
                    assertThat(processor.get("rebuilding").asBoolean()).isFalse();
                    assertThat(processor.get("indexesToBuild").asInt()).as("built again after the load").isZero();
                }
            }
        });
        assertThat(jdbc.sql("""
                        SELECT count(DISTINCT reset_at) FROM projection_rebuild
                        WHERE request IN (SELECT max(request) FROM projection_rebuild GROUP BY processor)
                          AND processor = ANY (?)""")
                .param((Object) Processors.READ_MODELS.toArray(String[]::new)).query(Long.class).single())
                .as("asked for one after another, taken together: one pass reads the log once for all of them")
                .isEqualTo(1L);
        long after = head();
        for (String readModel : Processors.READ_MODELS) {
            awaitProcessed(readModel, after);
            assertThat(digest(readModel)).as(readModel + " rebuilt").isEqualTo(live.get(readModel));
        }
    }

    @AfterEach
    void multiRowStatementsAgain() {
        writes.multiRowStatements(true);
    }

    @Test
    void aRebuildWhileCommandsArriveEndsWhereAQuietReplayEnds() {
        TestTeam team = TestTeam.register(port);
        String person = "/api/v1/employees/" + team.employee();
        Answer asked = hr().post("/api/v1/admin/projections/career-capital/rebuild", null);
        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        assertThat(asked.json().get("name").asString()).isEqualTo("career-capital");
        for (int i = 0; i < 60; i++) {
            Answer recorded = team.asEmployee().post(person + "/capabilities", """
                    {"capability":"mentoring","level":%d,"evidence":"mentored %d","source":"SELF","observedOn":"%s"}"""
                    .formatted(1 + i % 5, i, LocalDate.now()));
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        }
        awaitRebuilt("career-capital");
        awaitProcessed("career-capital", head());
        String duringCommands = digest("career-capital");

        assertThat(hr().post("/api/v1/admin/projections/career-capital/rebuild", null).status()).isEqualTo(202);
        awaitRebuilt("career-capital");
        awaitProcessed("career-capital", head());
        assertThat(digest("career-capital")).isEqualTo(duringCommands);
    }

    @Test
    void publishersAreNeverReplayedAndUnknownNamesAreNotFound() {
        Answer publisher = hr().post("/api/v1/admin/projections/talent-events-publisher/rebuild", null);
        assertThat(publisher.status()).as(publisher.toString()).isEqualTo(409);
        assertThat(publisher.json().get("type").asString()).endsWith("publisher-not-replayed");
        assertThat(hr().post("/api/v1/admin/projections/payroll/rebuild", null).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM projection_rebuild WHERE processor IN (?, ?)")
                .params("talent-events-publisher", "payroll").query(Long.class).single()).isZero();

        JsonNode projections = hr().get("/api/v1/admin/projections").json();
        List<String> names = projections.get("processors").valueStream().map(node -> node.get("name").asString())
                .toList();
        assertThat(names).containsExactlyElementsOf(Processors.ALL);
        JsonNode events = projections.get("processors").get(4);
        assertThat(events.get("kind").asString()).isEqualTo("PUBLISHER");
        assertThat(events.get("segments").asInt()).isEqualTo(2);
        assertThat(events.get("lag").asLong()).isGreaterThanOrEqualTo(0);
    }

    private void awaitRebuilt(String readModel) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode status = hr().get("/api/v1/admin/projections").json().get("processors").valueStream()
                    .filter(node -> node.get("name").asString().equals(readModel)).findFirst().orElseThrow();
            assertThat(status.get("rebuild").get("state").asString()).isEqualTo("RESET");
            assertThat(status.get("rebuild").get("percent").asDouble()).isEqualTo(100.0);
            assertThat(status.get("rebuilding").asBoolean()).isFalse();
        });
    }

    private void awaitProcessed(String readModel, long position) {
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .untilAsserted(() -> positions.await(readModel, position));
    }

    private String digest(String readModel) {
        return ReadModelDigests.of(jdbc, ReadModel.ofProcessor(readModel).orElseThrow()).toString();
    }

    /**
     * The head of the log once nothing is left to append to it. The streaming policies react to events after they are
     * stored (a contract closed with its goal met makes a milestone conversation due), and one whose command met a
     * cached aggregate the imported history had moved past fails once and tries again after a pause, its segment
     * released meanwhile. So the live rows are compared only once every running streaming processor holds all its
     * segments, none in error, each past the head, and the head has stopped moving.
     */
    private long quietHead() {
        long[] seen = {-1};
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            long now = head();
            boolean processed = processing.eventProcessors().entrySet().stream()
                    .filter(entry -> entry.getValue() instanceof StreamingEventProcessor processor
                            && processor.isRunning())
                    .allMatch(entry -> {
                        StreamingEventProcessor processor = (StreamingEventProcessor) entry.getValue();
                        return processor.processingStatus().size() == tokens.fetchSegments(entry.getKey()).length
                                && processor.processingStatus().values().stream().allMatch(status ->
                                !status.isErrorState() && status.getCurrentPosition().orElse(-1) >= now);
                    });
            boolean still = now == seen[0];
            seen[0] = now;
            return processed && still;
        });
        return seen[0];
    }

    private long head() {
        return jdbc.sql("SELECT max(globalindex) FROM domainevententry").query(Long.class).single();
    }

    private Set<String> recordedTypes() {
        return new TreeSet<>(jdbc.sql("SELECT DISTINCT payloadtype FROM domainevententry").query(String.class).list());
    }

    private static Set<String> eventTypes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        Set<String> types = new TreeSet<>();
        scanner.findCandidateComponents("io.talentplatform.events").forEach(bean -> types.add(bean.getBeanClassName()));
        assertThat(types).as("the events module, scanned").hasSizeGreaterThan(30);
        return types;
    }

    private Http hr() {
        return Http.at(port).as("HR-1", "HR");
    }
}
