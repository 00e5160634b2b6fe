package io.talentplatform.standalone.rebuild;

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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rebuild killed halfway resumes and ends equal. A projections process in a JVM of its own rebuilds every read
 * model in one pass, in small batches, and is killed (SIGKILL) while the pass is between a tenth and nine tenths of the
 * log. Each batch moved the processors' tokens with its rows, so another process, started afterwards, carries on from
 * where the pass got (not from the first event) once the dead process's claims time out, and the read models end
 * exactly as they were live.
 */
class RebuildKillTest {

    /** The read-model tables the people fill, and so fill before the pass is halfway. */
    private static final List<String> FILLED_EARLY = List.of("ft_person", "tp_person", "career_capital_profile",
            "mt_person");

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
    void aRebuildKilledHalfwayResumesWhereItGotAndEndsEqual() throws Exception {
        Map<String, Object> properties = new HashMap<>(TestInfrastructure.properties());
        String url = SeparateDatabase.create("rebuildkill");
        properties.put("spring.datasource.url", url);
        properties.put("talent.processing.claim-timeout", "2000ms");
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url));

        projections = SeparateServices.start(ProjectionsApplication.class, "projections", properties);
        HistoryAppender appender = new HistoryAppender(projections.getBean(EventStore.class),
                projections.getBean(TransactionManager.class), HistoryAppender.DEFAULT_BATCH);
        OrganisationGenerator.generate(new OrganisationSpec(200, 20, 2, 7, LocalDate.of(2026, 11, 2)), appender);
        appender.flush();
        long head = jdbc.sql("SELECT max(globalindex) FROM domainevententry").query(Long.class).single();
        await().atMost(Duration.ofSeconds(120)).until(() -> lowest(jdbc) >= head);
        Map<String, String> live = ReadModelDigests.of(jdbc);
        Map<String, String> queryIndexes = queryIndexes(jdbc);
        assertThat(queryIndexes.keySet()).as("every query index the read models declare, as Flyway made it")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ReadModel.values())
                        .flatMap(model -> model.queryIndexes().stream()).toList());
        projections.close();
        projections = null;

        Map<String, Object> childProperties = new HashMap<>(properties);
        childProperties.put("talent.projections.rebuild-batch", "25");
        childProperties.put("talent.projections.rebuild-poll", "100ms");
        childProperties.put("talent.projections.rebuild-statistics-every", "200");
        childProperties.put("talent.projections.rebuild-analyze-rows", "50");
        // The talent metrics are folded in memory (decision 032): their token moves at each checkpoint.
        childProperties.put("talent.projections.rebuild-fold-checkpoint", "100");
        child = ChildProjections.start(childProperties, directory);
        await("the child holds the read models' segments").atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            assertThat(child.isAlive()).as(child.tail()).isTrue();
            assertThat(jdbc.sql("SELECT count(*) FROM tokenentry WHERE owner IS NOT NULL AND processorname = ANY (?)")
                    .param((Object) ReadModel.processors().toArray(String[]::new)).query(Long.class).single())
                    .isEqualTo(2L * ReadModel.values().length);
        });
        // All four asked for in one statement, so the child takes them together: one pass, every query index dropped.
        jdbc.sql("INSERT INTO projection_rebuild (processor, requested_by) SELECT unnest(?::text[]), 'HR-1'")
                .param((Object) ReadModel.processors().toArray(String[]::new)).update();
        await("the pass is under way").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    long at = lowest(jdbc);
                    return taken(jdbc) && at > head / 10 && at < head * 9 / 10 && folded(jdbc) > 0
                            && analyzedByThePass(jdbc).containsAll(FILLED_EARLY);
                });
        assertThat(queryIndexes(jdbc)).as("dropped for the load").isEmpty();
        child.kill();
        List<String> analyzed = analyzedByThePass(jdbc);
        long killedAt = lowest(jdbc);
        assertThat(killedAt).as("killed halfway").isLessThan(head);

        projections = SeparateServices.start(ProjectionsApplication.class, "projections", properties);
        long[] lowestSeen = {Long.MAX_VALUE};
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(20)).until(() -> {
            long at = lowest(jdbc);
            lowestSeen[0] = Math.min(lowestSeen[0], at);
            return at >= head;
        });

        assertThat(lowestSeen[0]).as("carried on from where the pass got, not from the first event")
                .isGreaterThanOrEqualTo(killedAt);
        assertThat(ReadModelDigests.of(jdbc)).isEqualTo(live);
        await("the query indexes built again by the process that took over").atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(queryIndexes(jdbc)).isEqualTo(queryIndexes));
        assertThat(jdbc.sql("SELECT count(*) FROM projection_rebuild_index").query(Long.class).single()).isZero();
        // The killed pass analyzed the tables that outgrew their statistics (decision 029): the people, registered
        // first, filled theirs before the kill (the talent metrics' at its first checkpoint, as they are folded in
        // memory, so the pass above waits for those analyses to show); a table that never got a row was left alone.
        assertThat(analyzed).as("the planner's statistics refreshed by the killed pass").containsAll(FILLED_EARLY);
        for (String table : analyzed) {
            assertThat(jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single())
                    .as(table + " analyzed because it filled").isPositive();
        }
    }

    /** The read-model tables analyzed since the pass reset them. */
    private static List<String> analyzedByThePass(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT relname FROM pg_stat_user_tables
                        WHERE relname = ANY (?) AND last_analyze > (SELECT min(reset_at) FROM projection_rebuild)""")
                .param((Object) Arrays.stream(ReadModel.values()).flatMap(model -> model.tables().stream())
                        .toArray(String[]::new)).query(String.class).list();
    }

    /** The read models' declared query indexes that exist, by name, with their definitions. */
    private static Map<String, String> queryIndexes(JdbcClient jdbc) {
        Map<String, String> found = new java.util.TreeMap<>();
        jdbc.sql("SELECT indexname, indexdef FROM pg_indexes WHERE indexname = ANY (?)")
                .param((Object) Arrays.stream(ReadModel.values()).flatMap(model -> model.queryIndexes().stream())
                        .toArray(String[]::new))
                .query((rs, row) -> found.put(rs.getString(1), rs.getString(2))).list();
        return found;
    }

    private static boolean taken(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM projection_rebuild WHERE state = 'RESET'").query(Long.class).single()
                == ReadModel.values().length;
    }

    /** The lowest position any segment of any read model stored; -1 where one has processed nothing. */
    private static long lowest(JdbcClient jdbc) {
        return TokenPositions.lowest(jdbc, ReadModel.processors());
    }

    /** How far the pass shows it has folded the career capital, which it keeps in memory between checkpoints. */
    private static long folded(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT coalesce(max(folded_position), 0) FROM projection_rebuild
                        WHERE processor = 'career-capital' AND state = 'RESET'""")
                .query(Long.class).single();
    }
}
