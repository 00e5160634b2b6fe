package io.talentplatform.command.role;

import io.talentplatform.events.employee.MoveType;
import io.talentplatform.events.role.OpeningKind;
import io.talentplatform.events.role.OpportunityCompleted;
import io.talentplatform.events.role.RequiredCapability;
import io.talentplatform.events.role.SuccessionReadiness;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The commands of roles, their succession slates and their openings. */
public final class RoleCommands {

    private RoleCommands() {
    }

    public record DefineRole(@TargetAggregateIdentifier RoleId role, String title, String function, String level,
                             boolean critical, String roleFamily, List<RequiredCapability> requiredCapabilities) {
    }

    /** Put a person on the slate, or judge one already on it again. */
    /** @param employed whether the person is a current employee, as the directory knew when the command was taken */
    public record NominateSuccessor(@TargetAggregateIdentifier RoleId role, String employeeId,
                                    SuccessionReadiness readiness, boolean emergencyCover, String rationale,
                                    String decidedBy, boolean employed) {
    }

    public record RemoveSuccessor(@TargetAggregateIdentifier RoleId role, String employeeId, String reason,
                                  String decidedBy) {
    }

    /** Open a vacancy in a role; carries the role as it is now (see {@code OpeningOpened}). */
    public record OpenOpening(@TargetAggregateIdentifier UUID openingId, String roleId, String title, String function,
                              String level, String roleFamily, List<RequiredCapability> requiredCapabilities,
                              LocalDate openedOn, boolean internalOnly) {
    }

    /**
     * @param employeeId the current employee who fills it, or {@code null} for an external hire
     * @param moveType   how the employee moves, or {@code null} to have it inferred from their role and the opening's
     */
    public record FillOpening(@TargetAggregateIdentifier UUID openingId, LocalDate filledOn, String employeeId,
                              MoveType moveType) {
    }

    /** Keep the opening's ranking as it stands now, for the reason given. */
    public record RequestOpeningRanking(@TargetAggregateIdentifier UUID openingId, String reason, String requestedBy) {
    }

    /** Post a gig or a project (see {@code OpportunityPosted}). */
    public record PostOpportunity(@TargetAggregateIdentifier UUID openingId, OpeningKind kind, String title,
                                  String function, int hoursPerWeek, LocalDate startsOn, LocalDate endsOn,
                                  List<RequiredCapability> requiredCapabilities, List<String> developsCapabilities,
                                  String sponsorId, int seats, LocalDate postedOn, String postedBy) {
    }

    /** @param employed whether the person is a current employee, as the directory knew when the command was taken */
    public record ApplyForOpportunity(@TargetAggregateIdentifier UUID openingId, String employeeId, String note,
                                      LocalDate appliedOn, boolean employed) {
    }

    public record AgreeOpportunity(@TargetAggregateIdentifier UUID openingId, String employeeId, String agreedBy,
                                   LocalDate agreedOn) {
    }

    public record CompleteOpportunity(@TargetAggregateIdentifier UUID openingId, String employeeId,
                                      List<OpportunityCompleted.ShownCapability> shown, String evidence,
                                      LocalDate completedOn, String completedBy) {
    }

    /** The role's succession draws its discovery from a talent pool, or ({@code null}) from none. */
    public record ChooseSuccessionPool(@TargetAggregateIdentifier RoleId role, String poolId, String chosenBy) {
    }

    /** The panel decided the role's slate. */
    public record DecideSlate(@TargetAggregateIdentifier RoleId role, String note, String decidedBy) {
    }
}
