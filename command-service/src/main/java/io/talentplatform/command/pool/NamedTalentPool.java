package io.talentplatform.command.pool;

import io.talentplatform.command.employee.Employment;
import io.talentplatform.command.loading.AggregateLoading;
import io.talentplatform.command.pool.PoolCommands.CreateTalentPool;
import io.talentplatform.command.pool.PoolCommands.NominatePoolMember;
import io.talentplatform.command.pool.PoolCommands.RemovePoolMember;
import io.talentplatform.events.pool.TalentPoolCreated;
import io.talentplatform.events.pool.TalentPoolMemberNominated;
import io.talentplatform.events.pool.TalentPoolMemberRemoved;
import io.talentplatform.platform.problem.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A named talent pool that HR keeps, and its nominated members (named so to keep it apart from the talent-pool read
 * model, which every candidate query reads). Members by rule are not kept here: they are whoever the rule finds
 * among consented profiles at the moment it is read, so a withdrawn consent takes a person out at once, with no
 * event of the pool's (docs/opportunities.md, "Talent pools").
 */
@Aggregate(lockFactory = AggregateLoading.LOCKS)
public class NamedTalentPool {

    @AggregateIdentifier
    private PoolId pool;
    private final Set<String> nominated = new HashSet<>();

    protected NamedTalentPool() {
        // For Axon: rebuilt from its events.
    }

    @CommandHandler
    public NamedTalentPool(CreateTalentPool command) {
        apply(new TalentPoolCreated(command.pool().value(), command.name(), command.confidential(), command.roleFamily(),
                command.rule(),
                command.createdBy()));
    }

    @CommandHandler
    public void handle(NominatePoolMember command) {
        Employment.requireEmployed(command.employeeId(), command.employed());
        if (nominated.contains(command.employeeId())) {
            throw RuleViolation.conflict("already-member",
                    command.employeeId() + " is already nominated to " + pool.value() + ".");
        }
        apply(new TalentPoolMemberNominated(pool.value(), command.employeeId(), command.reason(),
                command.nominatedBy()));
    }

    @CommandHandler
    public void handle(RemovePoolMember command) {
        if (!nominated.contains(command.employeeId())) {
            throw RuleViolation.notFound("not-a-member", command.employeeId() + " is not nominated to "
                    + pool.value() + " (members by the pool's rule leave it when their profile or consent changes).");
        }
        apply(new TalentPoolMemberRemoved(pool.value(), command.employeeId(), command.reason(),
                command.removedBy()));
    }

    @EventSourcingHandler
    void on(TalentPoolCreated event) {
        pool = new PoolId(event.poolId());
    }

    @EventSourcingHandler
    void on(TalentPoolMemberNominated event) {
        nominated.add(event.employeeId());
    }

    @EventSourcingHandler
    void on(TalentPoolMemberRemoved event) {
        nominated.remove(event.employeeId());
    }
}
