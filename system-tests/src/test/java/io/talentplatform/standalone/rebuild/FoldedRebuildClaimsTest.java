package io.talentplatform.standalone.rebuild;

import io.talentplatform.platform.axon.Processors;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.platform.testing.TestInfrastructure;
import io.talentplatform.projections.ProjectionsApplication;
import io.talentplatform.platform.testing.ReadModelDigests;
import io.talentplatform.standalone.SeparateDatabase;
import io.talentplatform.standalone.SeparateServices;
import io.talentplatform.standalone.scaleout.ChildProjections;
import io.talentplatform.testkit.synthetic.HistoryAppender;
import io.talentplatform.testkit.synthetic.OrganisationGenerator;
import io.talentplatform.testkit.synthetic.OrganisationSpec;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A folded rebuild keeps its claims (docs/decisions/032-rebuild-folds-rows.md). Two projections processes share the
 * read models; one takes a rebuild whose pass folds the career capital in memory and, with no checkpoint before the
 * end, stores its tokens only then. The pass outlasts the claim timeout, and the other process, which looks for free
 * segments every half second, never takes one of the folded read model meanwhile: the pass renews its claims. The
 * rebuild ends equal to the live rows.
 */
class FoldedRebuildClaimsTest {

    private static final Duration CLAIM_TIMEOUT = Duration.ofMillis(1000);

    @TempDir
    Path directory;

    private ConfigurableApplicationContext projections;
    private ChildProjections child;

    @AfterEach
    void stopThem() {
        if (child != null) {
            child.close();
        }
        if (projections != null) {
            projections.close();
        }
    }

    @Test
    void noOtherProcessTakesAFoldedReadModelsSegmentWhileThePassHoldsIt() throws Exception {
        Map<String, Object> properties = new HashMap<>(TestInfrastructure.properties());
        String url = SeparateDatabase.create("foldclaims");
        properties.put("spring.datasource.url", url);
        properties.put("talent.processing.claim-timeout", CLAIM_TIMEOUT.toMillis() + "ms");
        properties.put("talent.projections.segment-share-interval", "500ms");
        for (String processor : Processors.ALL) {
            properties.put("axon.eventhandling.processors." + processor + ".token-claim-interval", "500");
        }
        // A pass slow enough to outlast the claim timeout several times, with no checkpoint before its end.
        properties.put("talent.projections.rebuild-batch", "10");
        properties.put("talent.projections.rebuild-poll", "100ms");
        properties.put("talent.projections.rebuild-fold-checkpoint", "1000000000");
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url));

        projections = SeparateServices.start(ProjectionsApplication.class, "projections", properties);
        HistoryAppender appender = new HistoryAppender(projections.getBean(EventStore.class),
                projections.getBean(TransactionManager.class), HistoryAppender.DEFAULT_BATCH);
        OrganisationGenerator.generate(new OrganisationSpec(400, 20, 4, 7, LocalDate.of(2026, 11, 2)), appender);
        appender.flush();
        long head = jdbc.sql("SELECT max(globalindex) FROM domainevententry").query(Long.class).single();
        await().atMost(Duration.ofSeconds(120))
                .until(() -> TokenPositions.lowest(jdbc, ReadModel.processors()) >= head);
        Map<String, String> live = ReadModelDigests.of(jdbc);

        child = ChildProjections.start(properties, directory);
        String careerCapital = ReadModel.CAREER_CAPITAL.processor();
        await("both processes hold segments").atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            assertThat(child.isAlive()).as(child.tail()).isTrue();
            assertThat(new TreeSet<>(jdbc.sql("SELECT split_part(owner, '@', 1) FROM tokenentry WHERE owner IS NOT NULL")
                    .query(String.class).list())).hasSize(2);
        });

        jdbc.sql("INSERT INTO projection_rebuild (processor, requested_by) SELECT unnest(?::text[]), 'HR-1'")
                .param((Object) ReadModel.processors().toArray(String[]::new)).update();
        await("the rebuild is taken").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> jdbc.sql("SELECT count(*) FROM projection_rebuild WHERE state = 'RESET'")
                        .query(Long.class).single() == ReadModel.values().length);
        long taken = System.nanoTime();
        Set<String> owners = new TreeSet<>();
        await("the folded read model rebuilt").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    if (TokenPositions.lowest(jdbc, List.of(careerCapital)) >= head) {
                        return true; // written: from here the pass lets go of its claims
                    }
                    owners.addAll(owners(jdbc, careerCapital));
                    return false;
                });
        Duration pass = Duration.ofNanos(System.nanoTime() - taken);

        assertThat(pass).as("the pass outlasted the claim timeout, or this shows nothing")
                .isGreaterThan(CLAIM_TIMEOUT.multipliedBy(3));
        assertThat(owners).as("the processes that held a segment of the folded read model during its pass")
                .hasSize(1);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> TokenPositions.lowest(jdbc, ReadModel.processors()) >= head);
        assertThat(ReadModelDigests.of(jdbc)).isEqualTo(live);
    }

    /** The processes (by pid) holding a live claim on a segment of the processor. */
    private static List<String> owners(JdbcClient jdbc, String processor) {
        return jdbc.sql("""
                        SELECT split_part(owner, '@', 1) FROM tokenentry
                        WHERE processorname = ? AND owner IS NOT NULL
                            AND CAST(timestamp AS timestamptz) > now() - make_interval(secs => ?)""")
                .params(processor, CLAIM_TIMEOUT.toMillis() / 1000.0)
                .query(String.class).list().stream().filter(Objects::nonNull).toList();
    }
}
