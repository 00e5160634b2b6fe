package io.talentplatform.command.role;

import io.talentplatform.command.access.CommandAccess;
import io.talentplatform.command.capability.CapabilityVocabulary;
import io.talentplatform.command.deadlines.Days;
import io.talentplatform.command.directory.EmployeeDirectory;
import io.talentplatform.command.http.CommandDispatch;
import io.talentplatform.command.role.RoleCommands.AgreeOpportunity;
import io.talentplatform.command.role.RoleCommands.ApplyForOpportunity;
import io.talentplatform.command.role.RoleCommands.CompleteOpportunity;
import io.talentplatform.command.role.RoleCommands.PostOpportunity;
import io.talentplatform.events.role.OpeningKind;
import io.talentplatform.events.role.OpportunityCompleted.ShownCapability;
import io.talentplatform.events.role.RequiredCapability;
import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.problem.Unknown;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.talentplatform.command.employee.EmployeeRequests.PERSON_ID;
import static io.talentplatform.command.http.CommandAnswers.created;
import static io.talentplatform.command.http.CommandAnswers.ok;

/**
 * Gigs and projects: posted by HR or a manager; asked for by the person; agreed by the person's manager; completed
 * as evidence (docs/opportunities.md).
 */
@RestController
@Validated
class OpportunityController {

    private final CommandDispatch dispatch;
    private final CommandAccess access;
    private final RoleCatalogue catalogue;
    private final CapabilityVocabulary vocabulary;
    private final EmployeeDirectory directory;

    OpportunityController(CommandDispatch dispatch, CommandAccess access, RoleCatalogue catalogue,
                          CapabilityVocabulary vocabulary, EmployeeDirectory directory) {
        this.dispatch = dispatch;
        this.access = access;
        this.catalogue = catalogue;
        this.vocabulary = vocabulary;
        this.directory = directory;
    }

    /** Posts a gig or a project: hours per week, start and end, what it needs and what it develops. */
    @PostMapping("/api/v1/openings")
    ResponseEntity<Posted> post(@Valid @RequestBody OpportunityRequests.Post body, Caller caller,
                                HttpServletRequest request) {
        access.require(Access.POST_OPPORTUNITY, caller);
        List<RequiredCapability> required = vocabulary.requirements(body.requiredCapabilities().stream()
                .map(requirement -> new RequiredCapability(requirement.capability(), requirement.minLevel())).toList());
        List<String> develops = body.developsCapabilities().stream()
                .map(name -> vocabulary.resolve(name).capabilityId()).distinct().toList();
        if (body.sponsorId() != null && directory.find(body.sponsorId()).filter(EmployeeDirectory.Entry::employed)
                .isEmpty()) {
            throw RuleViolation.unprocessable("unknown-sponsor",
                    "The sponsor " + body.sponsorId() + " is not a current employee.");
        }
        UUID openingId = UUID.randomUUID();
        long position = dispatch.send(new PostOpportunity(openingId, body.kind(), body.title().strip(),
                body.function().strip(), body.hoursPerWeek(), body.startsOn(), body.endsOn(), required, develops,
                body.sponsorId(), body.seats() == null ? 1 : body.seats(), Days.today(), caller.employeeId()),
                openingId.toString(), caller, request);
        return created("/api/v1/mobility/openings/" + openingId + "/matches", position,
                new Posted(openingId, body.kind()));
    }

    /** Asks to take the gig or project; their manager's agreement is the second step. */
    @PostMapping("/api/v1/openings/{openingId}/applications")
    ResponseEntity<Taken> apply(@PathVariable UUID openingId, @Valid @RequestBody OpportunityRequests.Apply body,
                                Caller caller, HttpServletRequest request) {
        EmployeeDirectory.Entry person = access.require(Access.APPLY_FOR_OPPORTUNITY, caller, body.employeeId());
        known(openingId);
        long position = dispatch.send(new ApplyForOpportunity(openingId, body.employeeId(),
                body.note() == null || body.note().isBlank() ? null : body.note().strip(), Days.today(),
                person.employed()), openingId.toString(), caller, request);
        return created("/api/v1/openings/" + openingId + "/applications/" + body.employeeId(), position,
                new Taken(openingId, body.employeeId(), "APPLIED"));
    }

    /** Agrees that the person takes the gig or project: a seat is taken. */
    @PostMapping("/api/v1/openings/{openingId}/applications/{employeeId}/agree")
    ResponseEntity<Taken> agree(@PathVariable UUID openingId,
                                @PathVariable @Pattern(regexp = PERSON_ID) String employeeId,
                                @Valid @RequestBody(required = false) OpportunityRequests.Agree body,
                                Caller caller, HttpServletRequest request) {
        access.require(Access.AGREE_OPPORTUNITY, caller, employeeId);
        known(openingId);
        LocalDate agreedOn = body == null || body.agreedOn() == null ? Days.today() : body.agreedOn();
        long position = dispatch.send(new AgreeOpportunity(openingId, employeeId, caller.employeeId(), agreedOn),
                openingId.toString(), caller, request);
        return ok(position, new Taken(openingId, employeeId, "AGREED"));
    }

    /** Completes the person's gig or project: what it developed becomes evidence of their Human Capital. */
    @PostMapping("/api/v1/openings/{openingId}/applications/{employeeId}/complete")
    ResponseEntity<Taken> complete(@PathVariable UUID openingId,
                                   @PathVariable @Pattern(regexp = PERSON_ID) String employeeId,
                                   @Valid @RequestBody OpportunityRequests.Complete body,
                                   Caller caller, HttpServletRequest request) {
        access.require(Access.COMPLETE_OPPORTUNITY, caller, employeeId);
        known(openingId);
        List<ShownCapability> shown = body.shown().stream()
                .map(item -> new ShownCapability(vocabulary.resolve(item.capability()).capabilityId(), item.level()))
                .toList();
        if (shown.stream().map(ShownCapability::capability).distinct().count() < shown.size()) {
            throw RuleViolation.unprocessable("duplicate-capability", "Name each capability shown once.");
        }
        long position = dispatch.send(new CompleteOpportunity(openingId, employeeId, shown, body.evidence().strip(),
                body.completedOn(), caller.employeeId()), openingId.toString(), caller, request);
        return ok(position, new Taken(openingId, employeeId, "COMPLETED"));
    }

    private void known(UUID openingId) {
        catalogue.kindOf(openingId).orElseThrow(() -> Unknown.opening(openingId));
    }

    record Posted(UUID openingId, OpeningKind kind) {
    }

    /** Where the person's taking of the gig or project stands after the call. */
    record Taken(UUID openingId, String employeeId, String state) {
    }
}
