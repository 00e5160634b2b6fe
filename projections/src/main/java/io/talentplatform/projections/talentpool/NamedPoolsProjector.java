package io.talentplatform.projections.talentpool;

import io.talentplatform.events.employee.PersonalDataErased;
import io.talentplatform.events.pool.PoolRule;
import io.talentplatform.events.pool.TalentPoolCreated;
import io.talentplatform.events.pool.TalentPoolMemberNominated;
import io.talentplatform.events.pool.TalentPoolMemberRemoved;
import io.talentplatform.events.role.RequiredCapability;
import io.talentplatform.events.role.SuccessionPoolChosen;
import io.talentplatform.platform.privacy.Sealer;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.projections.BatchedWrites;
import io.talentplatform.projections.TextArray;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * The talent pool's part that keeps HR's named talent pools (V3_41): each pool with its rule, stored as the grades
 * a member must hold (the containment succession discovery uses), and its nominated members. Members by rule are
 * found when the pool is read. Views of the past do not read it, so a point-in-time replay does not run it.
 */
@Component
@ProcessingGroup(ReadModel.Names.TALENT_POOL)
public class NamedPoolsProjector {

    private final BatchedWrites writes;

    public NamedPoolsProjector(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(TalentPoolCreated event) {
        PoolRule rule = event.rule() == null ? new PoolRule(List.of(), List.of(), List.of()) : event.rule();
        List<RequiredCapability> capabilities = rule.capabilities();
        writes.sql("""
                        INSERT INTO tp_named_pool (pool_id, name, confidential, role_family, has_rule,
                            rule_capabilities, rule_levels, rule_grades, rule_directions, rule_functions, created_by)
                        VALUES (?, ?, ?, ?, ?, ?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?)
                        ON CONFLICT (pool_id) DO NOTHING""")
                .params(event.poolId(), event.name(), event.confidential(), event.roleFamily(), event.rule() != null,
                        TextArray.of(capabilities.stream().map(RequiredCapability::capability).toList()),
                        "{" + String.join(",", capabilities.stream().map(c -> Integer.toString(c.minLevel())).toList())
                                + "}",
                        TextArray.of(capabilities.stream().map(c -> c.capability() + ":" + c.minLevel()).toList()),
                        TextArray.of(rule.directions().stream().map(Enum::name).toList()),
                        TextArray.of(rule.functions()), event.createdBy())
                .update();
    }

    @EventHandler
    void on(TalentPoolMemberNominated event, @Timestamp Instant at) {
        writes.sql("""
                        INSERT INTO tp_pool_member (pool_id, employee_id, reason, nominated_by, nominated_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (pool_id, employee_id) DO NOTHING""")
                .params(event.poolId(), event.employeeId(), event.reason(), event.nominatedBy(),
                        java.sql.Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(TalentPoolMemberRemoved event) {
        writes.sql("DELETE FROM tp_pool_member WHERE pool_id = ? AND employee_id = ?")
                .params(event.poolId(), event.employeeId()).update();
    }

    @EventHandler
    void on(SuccessionPoolChosen event) {
        writes.sql("UPDATE tp_role SET pool_id = ? WHERE role_id = ?").params(event.poolId(), event.roleId()).update();
    }

    /** Erasure: the reasons a person was nominated are their personal data. */
    @EventHandler
    void on(PersonalDataErased event) {
        writes.sql("UPDATE tp_pool_member SET reason = ? WHERE employee_id = ?")
                .params(Sealer.ERASED, event.employeeId()).update();
    }
}
