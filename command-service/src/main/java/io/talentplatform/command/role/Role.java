package io.talentplatform.command.role;

import io.talentplatform.command.employee.Employment;
import io.talentplatform.command.loading.AggregateLoading;
import io.talentplatform.command.role.RoleCommands.DefineRole;
import io.talentplatform.command.role.RoleCommands.NominateSuccessor;
import io.talentplatform.command.role.RoleCommands.RemoveSuccessor;
import io.talentplatform.events.role.RoleDefined;
import io.talentplatform.events.role.SuccessionReadiness;
import io.talentplatform.events.role.SuccessorNominated;
import io.talentplatform.events.role.SuccessorReassessed;
import io.talentplatform.events.role.SuccessorRemoved;
import io.talentplatform.platform.problem.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import io.talentplatform.events.role.SlateDecided;
import io.talentplatform.events.role.SuccessionPoolChosen;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A role and its succession slate: who the panel has nominated, and how ready it judged them. */
@Aggregate(cache = AggregateLoading.ROLES, lockFactory = AggregateLoading.LOCKS)
public class Role {

    @AggregateIdentifier
    private RoleId role;
    private final Map<String, SuccessionReadiness> slate = new HashMap<>();
    private String pool;

    protected Role() {
        // For Axon: rebuilt from its events.
    }

    @CommandHandler
    public Role(DefineRole command) {
        apply(new RoleDefined(command.role().value(), command.title(), command.function(), command.level(),
                command.critical(), command.roleFamily(), command.requiredCapabilities()));
    }

    /** A person already on the slate is judged again rather than nominated twice. */
    @CommandHandler
    public void handle(NominateSuccessor command) {
        Employment.requireEmployed(command.employeeId(), command.employed());
        SuccessionReadiness current = slate.get(command.employeeId());
        if (current == null) {
            apply(new SuccessorNominated(role.value(), command.employeeId(), command.readiness(),
                    command.emergencyCover(), command.rationale(), command.decidedBy()));
        } else {
            apply(new SuccessorReassessed(role.value(), command.employeeId(), current, command.readiness(),
                    command.emergencyCover(), command.rationale(), command.decidedBy()));
        }
    }

    /** The panel's decision on the slate as it stands; the recorder keeps the discovered ranking behind it. */
    @CommandHandler
    public void handle(RoleCommands.DecideSlate command) {
        apply(new SlateDecided(role.value(), command.note(), command.decidedBy()));
    }

    @CommandHandler
    public void handle(RoleCommands.ChooseSuccessionPool command) {
        if (!java.util.Objects.equals(pool, command.poolId())) {
            apply(new SuccessionPoolChosen(role.value(), command.poolId(), command.chosenBy()));
        }
    }

    @EventSourcingHandler
    void on(SuccessionPoolChosen event) {
        pool = event.poolId();
    }

    @CommandHandler
    public void handle(RemoveSuccessor command) {
        if (!slate.containsKey(command.employeeId())) {
            throw RuleViolation.notFound("not-on-slate",
                    command.employeeId() + " is not on the succession slate of " + role.value() + ".");
        }
        apply(new SuccessorRemoved(role.value(), command.employeeId(), command.reason(), command.decidedBy()));
    }

    @EventSourcingHandler
    void on(RoleDefined event) {
        role = new RoleId(event.roleId());
    }

    @EventSourcingHandler
    void on(SuccessorNominated event) {
        slate.put(event.employeeId(), event.readiness());
    }

    @EventSourcingHandler
    void on(SuccessorReassessed event) {
        slate.put(event.employeeId(), event.readiness());
    }

    @EventSourcingHandler
    void on(SuccessorRemoved event) {
        slate.remove(event.employeeId());
    }
}
