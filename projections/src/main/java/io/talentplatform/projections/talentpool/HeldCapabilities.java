package io.talentplatform.projections.talentpool;

import io.talentplatform.platform.matching.TalentPool;
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
 *
 * <p>The marketplace's holdings ({@code tp_marketplace_holding}, V3_47) are in turn a function of the person's row: one
 * row per capability held, with the standing the ranking reads, for people the marketplace may match. They are
 * recomputed after the digest, for everyone whose capabilities changed and everyone whose standing did (consent,
 * shared direction, open signaling gaps, departure, erasure), so a withdrawal leaves every gig's tiers when its batch
 * commits (docs/decisions/037-marketplace-holdings.md).
 */
final class HeldCapabilities {

    private static final String CHANGED = HeldCapabilities.class.getName() + ".changed";

    /**
     * The digest of one person's capabilities as marketplace holdings, for the people of {@code ?::text[]} the
     * marketplace may match: the matching side's own conditions, so the two cannot drift apart.
     */
    private static final String HOLDINGS = """
            INSERT INTO tp_marketplace_holding (employee_id, capability, level, observed_on, open_signaling_gaps,
                shared_families)
            SELECT p.employee_id, held.capability, held.level, held.observed_on, p.open_signaling_gaps,
                SHARED_FAMILIES
            FROM tp_person p
            CROSS JOIN LATERAL unnest(p.capabilities, p.capability_levels, p.capability_observed)
                AS held (capability, level, observed_on)
            WHERE p.employee_id = ANY (?::text[]) AND MARKETPLACE"""
            .replace("SHARED_FAMILIES", TalentPool.SHARED_FAMILIES).replace("MARKETPLACE", TalentPool.MARKETPLACE);

    private final BatchedWrites writes;
    private final JdbcClient jdbc;

    HeldCapabilities(BatchedWrites writes, JdbcClient jdbc) {
        this.writes = writes;
        this.jdbc = jdbc;
    }

    /** The person's capabilities changed: their digest and their holdings are recomputed. */
    void changed(String employeeId) {
        if (!CurrentUnitOfWork.isStarted()) {
            refresh(List.of(employeeId), List.of(employeeId));
            return;
        }
        pending().capabilities().add(employeeId);
    }

    /** What the marketplace may read of the person changed, not their capabilities: their holdings are recomputed. */
    void standingChanged(String employeeId) {
        if (!CurrentUnitOfWork.isStarted()) {
            refresh(List.of(), List.of(employeeId));
            return;
        }
        pending().standing().add(employeeId);
    }

    private Pending pending() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(CHANGED, key -> {
            Pending people = new Pending(new TreeSet<>(), new TreeSet<>());
            batch.onPrepareCommit(unitOfWork -> {
                Set<String> holdings = new TreeSet<>(people.capabilities());
                holdings.addAll(people.standing());
                refresh(people.capabilities(), holdings);
            });
            return people;
        });
    }

    /** Sorted: concurrent batches that touch the same people lock their rows in one order. */
    private record Pending(Set<String> capabilities, Set<String> standing) {
    }

    /** Everyone who now holds {@code capability}, after its rows were renamed: rare, so read at once. */
    void holdersChanged(String capability) {
        writes.flush();
        jdbc.sql("SELECT DISTINCT employee_id FROM tp_capability WHERE capability = ?").param(capability)
                .query(String.class).list().forEach(this::changed);
    }

    private void refresh(Collection<String> digests, Collection<String> holdings) {
        // Reads the batch's tp_capability and tp_person rows: they are sent first.
        writes.flush();
        if (!digests.isEmpty()) {
            digest(digests);
        }
        if (!holdings.isEmpty()) {
            String people = TextArray.of(List.copyOf(holdings));
            jdbc.sql("DELETE FROM tp_marketplace_holding WHERE employee_id = ANY (?::text[])").param(people).update();
            jdbc.sql(HOLDINGS).param(people).update();
        }
    }

    private void digest(Collection<String> people) {
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
