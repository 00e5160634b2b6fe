package io.talentplatform.command.role;

import io.talentplatform.command.employee.Employment;
import io.talentplatform.command.loading.AggregateLoading;
import io.talentplatform.command.role.RoleCommands.AgreeOpportunity;
import io.talentplatform.command.role.RoleCommands.ApplyForOpportunity;
import io.talentplatform.command.role.RoleCommands.CompleteOpportunity;
import io.talentplatform.command.role.RoleCommands.FillOpening;
import io.talentplatform.command.role.RoleCommands.OpenOpening;
import io.talentplatform.command.role.RoleCommands.PostOpportunity;
import io.talentplatform.events.role.OpeningFilled;
import io.talentplatform.events.role.OpeningKind;
import io.talentplatform.events.role.OpeningOpened;
import io.talentplatform.events.role.OpeningRankingRequested;
import io.talentplatform.events.role.OpportunityAgreed;
import io.talentplatform.events.role.OpportunityApplied;
import io.talentplatform.events.role.OpportunityCompleted;
import io.talentplatform.events.role.OpportunityPosted;
import io.talentplatform.events.role.RequiredCapability;
import io.talentplatform.platform.problem.RuleViolation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An opening: a vacancy in a role, open until it is filled once (by a current employee or an external hire); or a gig
 * or a project, taken by a person who asks and whose manager agrees, seat by seat, and completed as evidence.
 */
@Aggregate(cache = AggregateLoading.OPENINGS, lockFactory = AggregateLoading.LOCKS)
public class Opening {

    private enum Taking { APPLIED, AGREED, COMPLETED }

    @AggregateIdentifier
    private UUID openingId;
    private OpeningKind kind;
    private String roleId;
    private String function;
    private LocalDate openedOn;
    private boolean internalOnly;
    private boolean filled;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private int seats;
    private String title;
    private String sponsorId;
    private final Set<String> exercised = new HashSet<>();
    private final Map<String, Taking> takers = new HashMap<>();

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
    public Opening(PostOpportunity command) {
        if (command.kind() == OpeningKind.ROLE) {
            throw RuleViolation.unprocessable("vacancy-needs-role",
                    "A vacancy is opened in its role: POST /api/v1/roles/{roleId}/openings.");
        }
        if (command.endsOn().isBefore(command.startsOn())) {
            throw RuleViolation.unprocessable("ends-before-start",
                    "A " + command.kind().name().toLowerCase() + " cannot end (" + command.endsOn()
                            + ") before it starts (" + command.startsOn() + ").");
        }
        if (command.developsCapabilities().isEmpty()) {
            throw RuleViolation.unprocessable("develops-nothing",
                    "Name at least one capability the work develops: that is what makes it a step for someone.");
        }
        apply(new OpportunityPosted(command.openingId(), command.kind(), command.title(), command.function(),
                command.hoursPerWeek(), command.startsOn(), command.endsOn(), command.requiredCapabilities(),
                command.developsCapabilities(), command.sponsorId(), command.seats(), command.postedOn(),
                command.postedBy()));
    }

    @CommandHandler
    public void handle(FillOpening command) {
        if (kind != OpeningKind.ROLE) {
            throw RuleViolation.unprocessable("not-a-vacancy", "A " + kind.name().toLowerCase()
                    + " is not filled: a person applies, and their manager agrees.");
        }
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

    @CommandHandler
    public void handle(ApplyForOpportunity command) {
        requireOpportunity();
        Employment.requireEmployed(command.employeeId(), command.employed());
        if (takers.containsKey(command.employeeId())) {
            throw RuleViolation.conflict("already-applied", command.employeeId() + " has already asked to take this "
                    + kind.name().toLowerCase() + ".");
        }
        if (command.appliedOn().isAfter(endsOn)) {
            throw RuleViolation.unprocessable("opportunity-ended", "This " + kind.name().toLowerCase()
                    + " ended on " + endsOn + ".");
        }
        requireSeat();
        apply(new OpportunityApplied(openingId, kind, title, command.employeeId(), command.note(),
                command.appliedOn()));
    }

    /** The second step of taking it: the person's manager gives the time. */
    @CommandHandler
    public void handle(AgreeOpportunity command) {
        requireOpportunity();
        Taking taking = takers.get(command.employeeId());
        if (taking == null) {
            throw RuleViolation.notFound("no-application", command.employeeId() + " has not asked to take this "
                    + kind.name().toLowerCase() + ".");
        }
        if (taking != Taking.APPLIED) {
            throw RuleViolation.conflict("already-agreed", "Taking this " + kind.name().toLowerCase() + " was "
                    + "already agreed for " + command.employeeId() + ".");
        }
        long taken = requireSeat();
        apply(new OpportunityAgreed(openingId, command.employeeId(), command.agreedBy(), command.agreedOn(),
                kind, (int) taken + 1, seats));
    }

    @CommandHandler
    public void handle(CompleteOpportunity command) {
        requireOpportunity();
        Taking taking = takers.get(command.employeeId());
        if (taking == Taking.COMPLETED) {
            throw RuleViolation.conflict("already-completed", command.employeeId() + " has already completed this "
                    + kind.name().toLowerCase() + ".");
        }
        if (taking != Taking.AGREED) {
            throw RuleViolation.unprocessable("not-agreed", "Only work the person's manager agreed can be completed.");
        }
        if (command.completedOn().isBefore(startsOn)) {
            throw RuleViolation.unprocessable("completed-before-start",
                    "It cannot be completed before it started (" + startsOn + ").");
        }
        for (OpportunityCompleted.ShownCapability shown : command.shown()) {
            if (!exercised.contains(shown.capability())) {
                throw RuleViolation.unprocessable("not-exercised", shown.capability() + " is neither required nor "
                        + "developed by this " + kind.name().toLowerCase() + ": evidence from it names "
                        + String.join(", ", exercised.stream().sorted().toList()) + ".");
            }
        }
        apply(new OpportunityCompleted(openingId, command.employeeId(), title, command.shown(), command.evidence(),
                sponsorId, command.completedOn(), command.completedBy()));
    }

    private void requireOpportunity() {
        if (kind == OpeningKind.ROLE) {
            throw RuleViolation.unprocessable("not-an-opportunity",
                    "A vacancy is filled by HR; only a gig or a project is applied for.");
        }
    }

    /** The seats taken so far, if one is left. */
    private long requireSeat() {
        long agreed = takers.values().stream().filter(taking -> taking != Taking.APPLIED).count();
        if (agreed >= seats) {
            throw RuleViolation.conflict("opportunity-taken", "Every seat of this " + kind.name().toLowerCase()
                    + " is taken (" + seats + ").");
        }
        return agreed;
    }

    @EventSourcingHandler
    void on(OpeningOpened event) {
        openingId = event.openingId();
        kind = OpeningKind.ROLE;
        roleId = event.roleId();
        function = event.function();
        openedOn = event.openedOn();
        internalOnly = event.internalOnly();
    }

    @EventSourcingHandler
    void on(OpportunityPosted event) {
        openingId = event.openingId();
        kind = event.kind();
        title = event.title();
        function = event.function();
        openedOn = event.postedOn();
        startsOn = event.startsOn();
        endsOn = event.endsOn();
        seats = event.seats();
        sponsorId = event.sponsorId();
        event.requiredCapabilities().stream().map(RequiredCapability::capability).forEach(exercised::add);
        exercised.addAll(event.developsCapabilities());
    }

    @EventSourcingHandler
    void on(OpeningFilled event) {
        filled = true;
    }

    @EventSourcingHandler
    void on(OpportunityApplied event) {
        takers.put(event.employeeId(), Taking.APPLIED);
    }

    @EventSourcingHandler
    void on(OpportunityAgreed event) {
        takers.put(event.employeeId(), Taking.AGREED);
    }

    @EventSourcingHandler
    void on(OpportunityCompleted event) {
        takers.put(event.employeeId(), Taking.COMPLETED);
    }
}
