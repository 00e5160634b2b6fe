package io.talentplatform.query.pools;

import io.talentplatform.platform.matching.NamedPools;
import io.talentplatform.platform.problem.Unknown;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import io.talentplatform.query.access.AccessLog;
import io.talentplatform.query.freshness.ProcessedPositions;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Named talent pools: the list and one pool's view for HR and panels; a person's own pools for them and HR. */
@RestController
@Validated
class PoolsController {

    private static final List<String> READINESS = List.of("READY_NOW", "READY_1_2_YEARS", "READY_3_PLUS",
            "NOT_A_FIT");

    private final NamedPools pools;
    private final JdbcClient jdbc;
    private final ProcessedPositions positions;
    private final AccessLog accessLog;

    PoolsController(NamedPools pools, JdbcClient jdbc, ProcessedPositions positions, AccessLog accessLog) {
        this.pools = pools;
        this.jdbc = jdbc;
        this.positions = positions;
        this.accessLog = accessLog;
    }

    /** The talent pools the caller may see (HR and panels: all; others: those not confidential). */
    @GetMapping("/api/v1/talent-pools")
    List<PoolView.Summary> pools(@RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        Access.READ_TALENT_POOLS.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        positions.awaitIfAsked(ReadModel.Names.TALENT_POOL, minPosition);
        return pools.pools().stream().map(pool -> new PoolView.Summary(pool.poolId(), pool.name(),
                pool.confidential(), pool.roleFamily(), pool.rule(), pool.nominated())).toList();
    }

    /** A talent pool's members, readiest first, with why each is in it and the pool's bench strength. */
    @GetMapping("/api/v1/talent-pools/{poolId}")
    PoolView pool(@PathVariable String poolId, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
                  @RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        Access.READ_TALENT_POOL.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        positions.awaitIfAsked(ReadModel.Names.TALENT_POOL, minPosition);
        NamedPools.Pool pool = pools.pool(poolId).orElseThrow(() -> Unknown.talentPool(poolId));
        NamedPools.Members members = pools.members(pool);
        List<PoolView.Member> all = members(pool, members);
        int[] counts = new int[READINESS.size() + 1];
        for (PoolView.Member member : all) {
            int at = member.readiness() == null ? READINESS.size() : READINESS.indexOf(member.readiness());
            counts[at]++;
        }
        List<PoolView.Member> listed = all.subList(0, Math.min(limit, all.size()));
        accessLog.record(caller, listed.stream().map(PoolView.Member::employeeId).toList());
        return new PoolView(pool.poolId(), pool.name(), pool.confidential(), pool.roleFamily(), pool.rule(),
                new PoolView.BenchStrength(all.size(), members.nominated().size(), members.byRule().size(),
                        counts[0], counts[1], counts[2], counts[3], counts[4], counts[0] + counts[1]),
                listed);
    }

    /** The person sees the pools they are in, except confidential ones; HR sees them all. */
    @GetMapping("/api/v1/employees/{employeeId}/talent-pools")
    PoolView.Memberships poolsOf(@PathVariable String employeeId,
                                 @RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        Access.READ_OWN_TALENT_POOLS.require(caller, relationship -> switch (relationship) {
            case SELF -> caller.is(employeeId);
            case CURRENT_MANAGER -> false;
            case ANY_PERSON -> true;
        });
        positions.awaitIfAsked(ReadModel.Names.TALENT_POOL, minPosition);
        boolean hr = caller.has(io.talentplatform.platform.security.Role.HR);
        exists(employeeId);
        accessLog.record(caller, employeeId);
        return new PoolView.Memberships(employeeId, pools.poolsOf(employeeId).stream()
                .filter(membership -> hr || !membership.confidential()).toList());
    }

    private void exists(String employeeId) {
        if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM tp_person WHERE employee_id = ?)").param(employeeId)
                .query(Boolean.class).single()) {
            throw Unknown.employee(employeeId);
        }
    }

    /**
     * Every member with their readiness, readiest first, then by name. Readiness is read only where the person shares
     * it: for the pool's family (its own assessment, or the readiest for one of its roles), else their readiest.
     */
    private List<PoolView.Member> members(NamedPools.Pool pool, NamedPools.Members members) {
        Set<String> ids = members.all();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<PoolView.Member> found = new ArrayList<>(ids.size());
        jdbc.sql("""
                        SELECT p.employee_id, p.display_name, p.job_title, p.function, p.level, m.reason,
                            m.nominated_by, m.nominated_at,
                            CASE WHEN p.share_readiness THEN (
                                SELECT r.readiness FROM tp_readiness r
                                WHERE r.employee_id = p.employee_id AND (CAST(? AS text) IS NULL
                                    OR (r.target_kind = 'FAMILY' AND r.target = ?)
                                    OR (r.target_kind = 'ROLE' AND r.target IN (
                                        SELECT role_id FROM tp_role WHERE role_family = ?)))
                                ORDER BY CASE r.readiness WHEN 'READY_NOW' THEN 0 WHEN 'READY_1_2_YEARS' THEN 1
                                    WHEN 'READY_3_PLUS' THEN 2 ELSE 3 END
                                LIMIT 1) END
                        FROM tp_person p LEFT JOIN tp_pool_member m ON m.pool_id = ? AND m.employee_id = p.employee_id
                        WHERE p.employee_id = ANY (?)""")
                .params(pool.roleFamily(), pool.roleFamily(), pool.roleFamily(), pool.poolId(),
                        new SqlArrayValue("text", ids.toArray()))
                .query(rs -> {
                    String id = rs.getString(1);
                    boolean nominated = members.nominated().contains(id);
                    boolean byRule = members.byRule().contains(id);
                    found.add(new PoolView.Member(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), nominated && byRule ? "BOTH" : nominated ? "NOMINATION" : "RULE",
                            rs.getString(9), nominated ? rs.getString(6) : null, nominated ? rs.getString(7) : null,
                            nominated ? rs.getObject(8, java.time.OffsetDateTime.class).toInstant() : null));
                });
        found.sort(Comparator.<PoolView.Member>comparingInt(member -> member.readiness() == null ? READINESS.size()
                        : READINESS.indexOf(member.readiness()))
                .thenComparing(PoolView.Member::displayName).thenComparing(PoolView.Member::employeeId));
        return found;
    }
}
