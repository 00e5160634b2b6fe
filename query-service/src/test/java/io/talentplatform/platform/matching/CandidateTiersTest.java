package io.talentplatform.platform.matching;

import io.talentplatform.events.matching.MatchWeights;
import io.talentplatform.platform.testing.TestInfrastructure;
import io.talentplatform.platform.matching.MatchScoring.Match;
import io.talentplatform.platform.matching.MatchScoring.Requirement;
import io.talentplatform.platform.matching.MatchScoring.Target;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.support.SqlArrayValue;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading candidates tier by tier of requirements met must give exactly the ranking of scoring everyone who holds a
 * required capability: a seeded organisation of 600 people in the talent pool's own tables (its migrations, real
 * PostgreSQL), sixty roles of one to seven requirements, three limits.
 */
class CandidateTiersTest {

    static final Path MIGRATIONS = Path.of("../projections/src/main/resources/db/migration/projections/talentpool");
    static final List<String> VOCABULARY = List.of("sql", "testing", "security", "api-design", "mentoring",
            "observability", "pricing", "negotiation", "forecasting");
    static final List<String> FAMILIES = List.of("engineering-leadership", "data-depth", "sales-leadership");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static SingleConnectionDataSource dataSource;
    static JdbcClient jdbc;
    static TalentPool pool;
    static MatchScoring scoring;

    @BeforeAll
    static void organisation() {
        var postgres = TestInfrastructure.postgres();
        dataSource = new SingleConnectionDataSource(postgres.jdbcUrl(), postgres.username(), "", true);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        CandidateTiersTest.jdbc = jdbc;
        String schema = "tiers_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("CREATE SCHEMA " + schema).update();
        jdbc.sql("SET search_path TO " + schema).update();
        new ResourceDatabasePopulator(new FileSystemResource(MIGRATIONS.resolve("V3_6__talent_pool.sql")),
                new FileSystemResource(MIGRATIONS.resolve("V3_9__talent_pool_grades.sql")),
                new FileSystemResource(MIGRATIONS.resolve("V3_16__talent_pool_stored_grades.sql"))).execute(dataSource);

        Random random = new Random(7);
        for (int n = 0; n < 600; n++) {
            String id = "E-" + n;
            TreeMap<String, Integer> held = new TreeMap<>();
            int count = random.nextInt(7);
            while (held.size() < count) {
                held.put(VOCABULARY.get(random.nextInt(VOCABULARY.size())), 1 + random.nextInt(5));
            }
            List<Date> observed = new ArrayList<>();
            List<UUID> evidence = new ArrayList<>();
            held.forEach((capability, level) -> {
                observed.add(Date.valueOf(TODAY.minusDays(random.nextInt(4 * 365))));
                evidence.add(UUID.randomUUID());
            });
            List<String> families = random.nextInt(3) == 0 ? List.of(FAMILIES.get(random.nextInt(FAMILIES.size())))
                    : List.of();
            jdbc.sql("""
                            INSERT INTO tp_person (employee_id, display_name, job_title, level, function,
                                marketplace_visible, share_capabilities, share_aspiration, share_direction,
                                share_readiness, target_role_families, open_signaling_gaps, capabilities,
                                capability_levels, capability_observed, capability_evidence, employed)
                            VALUES (?, ?, 'Engineer', 'L4', 'Engineering', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, "Person " + n, random.nextInt(10) < 8, random.nextInt(10) < 9,
                            random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
                            new SqlArrayValue("text", families.toArray()), random.nextInt(4) == 0 ? 1 : 0,
                            new SqlArrayValue("text", held.keySet().toArray()),
                            new SqlArrayValue("int4", held.values().toArray()),
                            new SqlArrayValue("date", observed.toArray()),
                            new SqlArrayValue("uuid", evidence.toArray()), random.nextInt(20) != 0)
                    .update();
            if (random.nextInt(4) == 0) {
                jdbc.sql("""
                                INSERT INTO tp_readiness (employee_id, target_kind, target, readiness, assessed_at)
                                VALUES (?, 'FAMILY', ?, ?, now())""")
                        .params(id, FAMILIES.get(random.nextInt(FAMILIES.size())),
                                List.of("READY_NOW", "READY_1_2_YEARS", "READY_3_PLUS").get(random.nextInt(3)))
                        .update();
            }
        }
        // The marketplace's holdings, as the migration that made them fills them from the people already there.
        new ResourceDatabasePopulator(new FileSystemResource(MIGRATIONS.resolve("V3_47__marketplace_holdings.sql")),
                new FileSystemResource(MIGRATIONS.resolve("V3_48__roles_generation.sql"))).execute(dataSource);
        jdbc.sql("ANALYZE").update();
        pool = new TalentPool(jdbc);
        scoring = new MatchScoring();
    }

    @AfterAll
    static void close() {
        dataSource.destroy();
    }

    @Test
    void tiersRankExactlyAsScoringEveryoneWhoHoldsARequiredCapability() {
        CandidateTiers tiers = new CandidateTiers(pool, scoring);
        Random random = new Random(11);
        int stoppedEarly = 0;
        for (int role = 0; role < 60; role++) {
            List<String> capabilities = new ArrayList<>(VOCABULARY);
            Collections.shuffle(capabilities, random);
            int size = 1 + random.nextInt(7);
            List<Requirement> requirements = capabilities.subList(0, size).stream()
                    .map(capability -> new Requirement(capability, 1 + random.nextInt(5))).toList();
            Target target = new Target("R-" + role, FAMILIES.get(random.nextInt(FAMILIES.size())), requirements);
            List<Match> everyone = new ArrayList<>(pool.marketplaceHoldingAny(target).stream()
                    .map(listed -> scoring.score(target, listed.candidate(), TODAY, MatchWeights.FIRST)).toList());
            everyone.sort(MatchScoring.RANKING);
            for (int limit : List.of(1, 3, 20)) {
                List<Match> expected = everyone.subList(0, Math.min(limit, everyone.size()));
                assertThat(tiers.best(target, limit, TODAY, MatchWeights.FIRST)).as("%s, limit %d", target, limit)
                        .extracting(CandidateTiers.Ranked::match).containsExactlyElementsOf(expected);
                if (expected.size() == limit && expected.get(limit - 1).requirementsMet() > 0) {
                    stoppedEarly++;
                }
            }
        }
        assertThat(stoppedEarly).as("cases where the tiers could stop before reading every holder").isGreaterThan(30);
    }

    /**
     * A gig's tiers rank exactly as scoring everyone who holds a requirement, growth included; the database, which
     * ranks a gig's tiers, orders every holder as the scoring does.
     */
    @Test
    void aGigsTiersRankExactlyAsScoringEveryoneWhoHoldsARequirement() {
        CandidateTiers tiers = new CandidateTiers(pool, scoring);
        Random random = new Random(13);
        MatchWeights weights = new MatchWeights("gig-test", 0.35, 0.15, 0.35, 0.05, 0.10);
        int compared = 0;
        for (int gig = 0; gig < 60; gig++) {
            List<String> capabilities = new ArrayList<>(VOCABULARY);
            Collections.shuffle(capabilities, random);
            int size = 1 + random.nextInt(3);
            List<Requirement> requirements = capabilities.subList(0, size).stream()
                    .map(capability -> new Requirement(capability, 1 + random.nextInt(3))).toList();
            List<String> develops = capabilities.subList(size, size + 1 + random.nextInt(2));
            java.util.Map<String, java.util.Map<String, Integer>> needs = new java.util.HashMap<>();
            for (String family : FAMILIES) {
                java.util.Map<String, Integer> asked = new java.util.HashMap<>();
                for (String capability : develops) {
                    if (random.nextInt(3) > 0) {
                        asked.put(capability, 1 + random.nextInt(5));
                    }
                }
                needs.put(family, asked);
            }
            Target target = new Target(null, null, requirements, new MatchScoring.Growth(develops, needs));
            List<Match> everyone = new ArrayList<>(pool.marketplaceHoldingAny(target).stream()
                    .map(listed -> scoring.score(target, listed.candidate(), TODAY, weights)).toList());
            everyone.sort(MatchScoring.RANKING);
            // PostgreSQL's order is the Java one for every holder, not only the first few (RankingSql).
            assertThat(pool.marketplaceFirst(target, 0, everyone.size() + 1, TODAY, weights).orElseThrow())
                    .as("%s ranked by the database", target)
                    .extracting(listed -> listed.candidate().id())
                    .containsExactlyElementsOf(everyone.stream().map(Match::id).toList());
            for (int limit : List.of(1, 3, 20)) {
                List<Match> expected = everyone.subList(0, Math.min(limit, everyone.size()));
                assertThat(tiers.best(target, limit, TODAY, weights)).as("%s, limit %d", target, limit)
                        .extracting(CandidateTiers.Ranked::match).containsExactlyElementsOf(expected);
                compared += expected.size();
            }
        }
        assertThat(compared).as("candidates compared").isGreaterThan(500);
    }

    /**
     * What the roles ask is kept in memory (RoleNeeds) and read again when the roles generation moves: a gig's needs
     * and a person's are those of the roles as they stand, including one defined after the first read.
     */
    @Test
    void whatTheRolesAskIsReadAgainWhenTheRolesChange() {
        role("R-needs-1", "data-depth", new String[] {"sql", "forecasting"}, new Integer[] {3, 2});
        role("R-needs-2", "data-depth", new String[] {"sql"}, new Integer[] {4});
        role("R-needs-3", "sales-leadership", new String[] {"negotiation", "pricing"}, new Integer[] {3, 3});
        rolesChanged();
        Target gig = new Target(null, null, List.of(new Requirement("testing", 1)),
                new MatchScoring.Growth(List.of("sql", "pricing"), java.util.Map.of()));

        assertThat(pool.withNeeds(gig).growth().needs()).isEqualTo(java.util.Map.of(
                "data-depth", java.util.Map.of("sql", 4), "sales-leadership", java.util.Map.of("pricing", 3)));
        assertThat(pool.needsOf(List.of("data-depth", "sales-leadership"))).isEqualTo(java.util.Map.of(
                "sql", 4, "forecasting", 2, "negotiation", 3, "pricing", 3));

        role("R-needs-4", "engineering-leadership", new String[] {"pricing", "sql"}, new Integer[] {1, 5});
        rolesChanged();

        assertThat(pool.withNeeds(gig).growth().needs()).as("after a role was defined").isEqualTo(java.util.Map.of(
                "data-depth", java.util.Map.of("sql", 4), "sales-leadership", java.util.Map.of("pricing", 3),
                "engineering-leadership", java.util.Map.of("pricing", 1, "sql", 5)));
        assertThat(pool.needsOf(List.of("engineering-leadership"))).isEqualTo(java.util.Map.of("pricing", 1, "sql", 5));
        assertThat(pool.needsOf(List.of())).isEmpty();
    }

    private static void role(String roleId, String family, String[] capabilities, Integer[] levels) {
        jdbc.sql("""
                        INSERT INTO tp_role (role_id, title, function, level, critical, role_family,
                            required_capabilities, minimum_levels)
                        VALUES (?, 'Role', 'Engineering', 'L5', FALSE, ?, ?, ?)""")
                .params(roleId, family, new SqlArrayValue("text", (Object[]) capabilities),
                        new SqlArrayValue("int4", (Object[]) levels))
                .update();
    }

    /** What the talent pool's projector does with each role it defines. */
    private static void rolesChanged() {
        jdbc.sql("UPDATE tp_roles_generation SET generation = generation + 1").update();
    }
}
