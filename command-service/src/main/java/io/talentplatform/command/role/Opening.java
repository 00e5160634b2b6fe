package io.talentplatform.command.role;

import io.talentplatform.command.loading.AggregateLoading;
import io.talentplatform.command.role.RoleCommands.FillOpening;
import io.talentplatform.command.role.RoleCommands.OpenOpening;
import io.talentplatform.events.role.OpeningFilled;
import io.talentplatform.events.role.OpeningRankingRequested;
import io.talentplatform.events.role.OpeningOpened;
import io.talentplatform.platform.problem.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A vacancy in a role, open until it is filled once, by a current employee or by an external hire. */
@Aggregate(cache = AggregateLoading.OPENINGS, lockFactory = AggregateLoading.LOCKS)
public class Opening {

    @AggregateIdentifier
    private UUID openingId;
    private String roleId;
    private String function;
    private LocalDate openedOn;
    private boolean internalOnly;
    private boolean filled;

    protected Opening() {
        // For Axon: rebuilt from its events.
    }

    @CommandHandler
    public Opening(OpenOpening command) {
        apply(new OpeningOpened(command.openingId(), command.roleId(), command.title(), command.function(),
                command.level(), command.roleFamily(), command.requiredCapabilities(), command.openedOn(),
                command.internalOnly()));
    }

    @CommandHandler
    public void handle(FillOpening command) {
        if (filled) {
            throw RuleViolation.conflict("opening-filled", "This opening has already been filled.");
        }
        if (command.filledOn().isBefore(openedOn)) {
            throw RuleViolation.unprocessable("filled-before-opened",
                    "An opening cannot be filled before it was opened (" + openedOn + ").");
        }
        boolean internal = command.employeeId() != null;
        if (!internal && internalOnly) {
            throw RuleViolation.unprocessable("internal-only",
                    "This opening is for current employees only: name the employee who fills it.");
        }
        apply(new OpeningFilled(openingId, roleId, function, openedOn, command.filledOn(), command.employeeId(),
                internal, internal ? command.moveType() : null));
    }

    /** Any time, filled or not: a ranking is kept for a decision, and an earlier shortlist stays one. */
    @CommandHandler
    public void handle(RoleCommands.RequestOpeningRanking command) {
        apply(new OpeningRankingRequested(openingId, command.reason(), command.requestedBy()));
    }

    @EventSourcingHandler
    void on(OpeningOpened event) {
        openingId = event.openingId();
        roleId = event.roleId();
        function = event.function();
        openedOn = event.openedOn();
        internalOnly = event.internalOnly();
    }

    @EventSourcingHandler
    void on(OpeningFilled event) {
        filled = true;
    }
}
