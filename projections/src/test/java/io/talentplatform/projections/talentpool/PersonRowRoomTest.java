package io.talentplatform.projections.talentpool;

import io.talentplatform.projections.BatchedWrites;
import io.talentplatform.projections.ProjectionsTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence that confirms the capabilities a person holds, at the levels they hold them, rewrites their talent-pool
 * row in place (a HOT update, which leaves the GIN indexes alone), even on a page filled by the rows written after it:
 * V3_27 leaves room on every page (docs/decisions/028-talent-pool-person-row-updates.md).
 */
@ProjectionsTest
class PersonRowRoomTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    BatchedWrites writes;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void confirmingHeldCapabilitiesUpdatesTheRowInPlace() {
        String prefix = "ROOM-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String person = prefix + "0150";
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            // 300 consenting people with four capabilities each, written one after the other: the pages fill up.
            jdbc.sql("""
                            INSERT INTO tp_person (employee_id, display_name, job_title, level, function, employed,
                                marketplace_visible, share_capabilities, succession_discoverable, share_aspiration,
                                share_direction, target_role_families, capabilities, capability_levels,
                                capability_observed, capability_evidence)
                            SELECT ? || lpad(n::text, 4, '0'), 'Person ' || n, 'Engineer', 'L4', 'Engineering', true,
                                true, true, true, true, true, '{engineering-leadership}',
                                '{cloud,data,go,java}', '{2,3,4,5}', ARRAY[DATE '2026-01-01', DATE '2026-01-02',
                                DATE '2026-01-03', DATE '2026-01-04'], ARRAY[gen_random_uuid(), gen_random_uuid(),
                                gen_random_uuid(), gen_random_uuid()]
                            FROM generate_series(1, 300) AS n""")
                    .param(prefix).update();
            // The person in the middle: the same capabilities and levels, newly observed.
            jdbc.sql("""
                            INSERT INTO tp_capability (employee_id, capability, level, observed_on, evidence_id, source,
                                event_position)
                            SELECT ?, capability, level, DATE '2026-03-01', gen_random_uuid(), 'PEER', 1
                            FROM unnest('{cloud,data,go,java}'::text[], '{2,3,4,5}'::int[]) AS held(capability, level)""")
                    .param(person).update();
            long before = hotUpdates();

            new HeldCapabilities(writes, jdbc).changed(person);

            assertThat(jdbc.sql("SELECT capability_observed[1] FROM tp_person WHERE employee_id = ?").param(person)
                    .query(String.class).single()).as("the digest was refreshed").isEqualTo("2026-03-01");
            assertThat(hotUpdates() - before).as("updated in place").isEqualTo(1);
            status.setRollbackOnly();
        });
    }

    private long hotUpdates() {
        return jdbc.sql("SELECT pg_stat_get_xact_tuples_hot_updated('tp_person'::regclass)").query(Long.class)
                .single();
    }
}
