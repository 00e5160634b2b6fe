package io.talentplatform.projections.talentpool;

import io.talentplatform.projections.BatchedWrites;
import io.talentplatform.projections.TextArray;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The capability columns of {@code tp_person} are a digest of the person's rows in {@code tp_capability}, so that
 * the match queries read one row per candidate. Recomputing the digest was the costliest write of the talent pool,
 * and a conversation evidences several capabilities at once, so it is recomputed once per person per batch of
 * events: when the unit of work that processes the batch prepares to commit, in its transaction, after every event
 * of the batch has written its {@code tp_capability} row (a point-in-time replay's events are one such batch).
 * Outside a unit of work it is recomputed at once.
 */
final class HeldCapabilities {

    private static final String CHANGED = HeldCapabilities.class.getName() + ".changed";

    private final BatchedWrites writes;
    private final JdbcClient jdbc;

    HeldCapabilities(BatchedWrites writes, JdbcClient jdbc) {
        this.writes = writes;
        this.jdbc = jdbc;
    }

    void changed(String employeeId) {
        if (!CurrentUnitOfWork.isStarted()) {
            refresh(List.of(employeeId));
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        // Sorted: concurrent batches that touch the same people lock their rows in one order.
        Set<String> changed = batch.getOrComputeResource(CHANGED, key -> {
            Set<String> people = new TreeSet<>();
            batch.onPrepareCommit(unitOfWork -> refresh(people));
            return people;
        });
        changed.add(employeeId);
    }

    /** Everyone who now holds {@code capability}, after its rows were renamed: rare, so read at once. */
    void holdersChanged(String capability) {
        writes.flush();
        jdbc.sql("SELECT DISTINCT employee_id FROM tp_capability WHERE capability = ?").param(capability)
                .query(String.class).list().forEach(this::changed);
    }

    private void refresh(Collection<String> people) {
        // Reads the batch's tp_capability rows: they are sent first.
        writes.flush();
        // Left joined: a person whose last capability was withdrawn holds none, not their old digest.
        jdbc.sql("""
                        UPDATE tp_person p SET capabilities = coalesce(held.capabilities, '{}'),
                            capability_levels = coalesce(held.levels, '{}'),
                            capability_observed = coalesce(held.observed, '{}'),
                            capability_evidence = coalesce(held.evidence, '{}')
                        FROM unnest(?::text[]) AS changed (employee_id)
                        LEFT JOIN (SELECT employee_id,
                                     array_agg(capability ORDER BY capability) AS capabilities,
                                     array_agg(level ORDER BY capability) AS levels,
                                     array_agg(observed_on ORDER BY capability) AS observed,
                                     array_agg(evidence_id ORDER BY capability) AS evidence
                              FROM tp_capability WHERE employee_id = ANY (?::text[])
                              GROUP BY employee_id) held ON held.employee_id = changed.employee_id
                        WHERE p.employee_id = changed.employee_id""")
                .params(TextArray.of(List.copyOf(people)), TextArray.of(List.copyOf(people)))
                .update();
    }
}
