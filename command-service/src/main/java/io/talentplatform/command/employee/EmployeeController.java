package io.talentplatform.command.employee;

import io.talentplatform.command.access.CommandAccess;
import io.talentplatform.command.capability.CapabilityVocabulary;
import io.talentplatform.command.directory.EmployeeDirectory;
import io.talentplatform.command.employee.EmployeeAnswers.AwarenessAssessed;
import io.talentplatform.command.employee.EmployeeAnswers.DataErased;
import io.talentplatform.command.employee.EmployeeAnswers.EvidenceRecorded;
import io.talentplatform.command.employee.EmployeeAnswers.PersonChanged;
import io.talentplatform.command.employee.EmployeeCommands.AssessDecisionMakerAwareness;
import io.talentplatform.command.employee.EmployeeCommands.AssessReadiness;
import io.talentplatform.command.employee.EmployeeCommands.ChangeManager;
import io.talentplatform.command.employee.EmployeeCommands.EraseEmployeeData;
import io.talentplatform.command.employee.EmployeeCommands.MapRelationship;
import io.talentplatform.command.employee.EmployeeCommands.RecordDeparture;
import io.talentplatform.command.employee.EmployeeCommands.RecordMove;
import io.talentplatform.command.employee.EmployeeCommands.StateAspiration;
import io.talentplatform.command.http.CommandDispatch;
import io.talentplatform.events.employee.EvidenceSource;
import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static io.talentplatform.command.http.CommandAnswers.created;
import static io.talentplatform.command.http.CommandAnswers.ok;

/** The person's command endpoints: their place in the organisation and their Career Capital. */
@RestController
@Validated
@RequestMapping("/api/v1/employees")
class EmployeeController {

    private final CommandDispatch dispatch;
    private final CommandAccess access;
    private final EmployeeDirectory directory;
    private final CapabilityVocabulary vocabulary;

    EmployeeController(CommandDispatch dispatch, CommandAccess access, EmployeeDirectory directory,
                       CapabilityVocabulary vocabulary) {
        this.dispatch = dispatch;
        this.access = access;
        this.directory = directory;
        this.vocabulary = vocabulary;
    }

    @PostMapping
    ResponseEntity<PersonChanged> register(@Valid @RequestBody EmployeeRequests.Register body, Caller caller,
            HttpServletRequest request) {
        access.require(Access.REGISTER_EMPLOYEE, caller);
        long position = dispatch.send(new RegisterEmployee(body.employeeId(), body.displayName(), body.jobTitle(),
                body.level(), body.function(), body.managerId(),
                body.managerId() != null && currentEmployee(body.managerId())), body.employeeId(), caller, request);
        return created(profile(body.employeeId()), position, new PersonChanged(body.employeeId()));
    }

    /** Changes the person's manager, from a date. */
    @PostMapping("/{employeeId}/manager")
    ResponseEntity<EmployeeAnswers.ManagerChanged> changeManager(
            @PathVariable @Pattern(regexp = EmployeeRequests.PERSON_ID) String employeeId,
            @Valid @RequestBody EmployeeRequests.Manager body, Caller caller, HttpServletRequest request) {
        access.require(Access.CHANGE_MANAGER, caller, employeeId);
        long position = dispatch.send(new ChangeManager(employeeId, body.managerId(), body.effectiveOn(),
                currentEmployee(body.managerId())), employeeId, caller, request);
        return ok(position, new EmployeeAnswers.ManagerChanged(employeeId, body.managerId()));
    }

    /** Records a move of the person into another job, role or function. */
    @PostMapping("/{employeeId}/moves")
    ResponseEntity<PersonChanged> recordMove(
            @PathVariable @Pattern(regexp = EmployeeRequests.PERSON_ID) String employeeId,
            @Valid @RequestBody EmployeeRequests.Move body, Caller caller, HttpServletRequest request) {
        access.require(Access.RECORD_MOVE, caller, employeeId);
        long position = dispatch.send(new RecordMove(employeeId, body.jobTitle(), body.level(), body.function(),
                body.moveType(), body.effectiveOn(), body.openingId()), employeeId, caller, request);
        return created(profile(employeeId), position, new PersonChanged(employeeId));
    }

    /** Records the person's departure: they leave slates and matches, their history stays. */
    @PostMapping("/{employeeId}/departure")
    ResponseEntity<PersonChanged> recordDeparture(
            @PathVariable @Pattern(regexp = EmployeeRequests.PERSON_ID) String employeeId,
            @Valid @RequestBody EmployeeRequests.Departure body, Caller caller, HttpServletRequest request) {
        access.require(Access.RECORD_DEPARTURE, caller, employeeId);
        long position = dispatch.send(new RecordDeparture(employeeId, body.effectiveOn(), body.reason(),
                body.regretted()), employeeId, caller, request);
        return ok(position, new PersonChanged(employeeId));
    }

    /**
     * Records evidence of a capability of the person (Human Capital): the level shown, the source and what was
     * observed.
     */
    @PostMapping("/{employeeId}/capabilities")
    ResponseEntity<EvidenceRecorded> recordCapability(
            @PathVariable @Pattern(regexp = EmployeeRequests.PERSON_ID) String employeeId,
            @Valid @RequestBody EmployeeRequests.Capability body, Caller caller, HttpServletRequest request) {
        EmployeeDirectory.Entry person = access.require(Access.RECORD_CAPABILITY, caller, employeeId);
        boolean asManager = caller.has(Role.MANAGER) && person.isManagedBy(caller.employeeId());
        if (!asManager && body.source() != EvidenceSource.SELF) {
            throw RuleViolation.unprocessable("self-evidence-only",
                    "Evidence you record about yourself has the source SELF.");
        }
        CapabilityVocabulary.Resolved capability = vocabulary.resolve(body.capability());
        UUID evidenceId = UUID.randomUUID();
        long position = dispatch.send(new RecordCapabilityEvidence(employeeId, evidenceId, capability.capabilityId(),
                body.level(), body.evidence(), body.source(), body.observedOn(), body.conversationId(),
                body.visibility(), whoseConversation(body.conversationId()), capability.catalogueVersion()),
                employeeId, caller, request);
        return created(profile(employeeId), position, new EvidenceRecorded(employeeId, evidenceId));
    }

    /**
     * Maps a relationship of the person (Relationship Capital): who they work with or are known by, and how strongly.
     */
    @PostMapping("/{employeeId}/relationships")
    ResponseEntity<EmployeeAnswers.RelationshipMapped> mapRelationship(
            @PathVariable @Pattern(regexp = EmployeeRequests.PERSON_ID) String employeeId,
            @Valid @RequestBody EmployeeRequests.Relationship body, Caller caller, HttpServletRequest request) {
        access.require(Access.MAP_RELATIONSHIP, caller, employeeId);
        UUID relationshipId = UUID.randomUUID();
        long position = dispatch.send(new MapRelationship(employeeId, relationshipId, body.counterpartId(),
                body.counterpartName(), body.counterpartFunction(), body.kind(), body.conversationId(),
                whoseConversation(body.conversationId())), employeeId, caller, request);
        return created(profile(employeeId), position,
                new EmployeeAnswers.RelationshipMapped(employeeId, relationshipId));
    }

    /** Assesses whether a decision maker knows the person's work (Signaling Capital); a gap is a reason to advocate. */
    @PostMapping("/{employeeId}/signals")
    ResponseEntity<AwarenessAssessed> assessSignal(
            @PathVariable @Pattern(regexp = EmployeeRequests.PERSON_ID) String employeeId,
            @Valid @RequestBody EmployeeRequests.Signal body, Caller caller, HttpServletRequest request) {
        access.require(Access.ASSESS_SIGNAL, caller, employeeId);
        long position = dispatch.send(new AssessDecisionMakerAwareness(employeeId, body.decisionMakerId(),
                body.aware(), body.basis(), body.conversationId(), whoseConversation(body.conversationId())),
                employeeId, caller, request);
        return created(profile(employeeId), position,
                new AwarenessAssessed(employeeId, body.decisionMakerId()));
    }

    /** States the person's aspiration: the role families and direction they aim for, in their own words. */
    @PostMapping("/{employeeId}/aspirations")
    ResponseEntity<PersonChanged> stateAspiration(
            @PathVariable @Pattern(regexp = EmployeeRequests.PERSON_ID) String employeeId,
            @Valid @RequestBody EmployeeRequests.Aspiration body, Caller caller, HttpServletRequest request) {
        access.require(Access.STATE_ASPIRATION, caller, employeeId);
        long position = dispatch.send(new StateAspiration(employeeId, body.direction(), body.targetRoleFamilies(),
                body.horizonYears(), body.narrative() == null ? "" : body.narrative(), body.shareDirection(),
                body.conversationId(), whoseConversation(body.conversationId()), blankAsNull(body.drawnTo()),
                blankAsNull(body.movingAwayFrom())), employeeId, caller, request);
        return created(profile(employeeId), position, new PersonChanged(employeeId));
    }

    /** Assesses the person's readiness for a role or a role family. */
    @PostMapping("/{employeeId}/readiness")
    ResponseEntity<EmployeeAnswers.ReadinessAssessed> assessReadiness(
            @PathVariable @Pattern(regexp = EmployeeRequests.PERSON_ID) String employeeId,
            @Valid @RequestBody EmployeeRequests.ReadinessAssessment body, Caller caller, HttpServletRequest request) {
        access.require(Access.ASSESS_READINESS, caller, employeeId);
        long position = dispatch.send(new AssessReadiness(employeeId, body.roleId(), body.roleFamily(),
                body.readiness(), body.rationale(), caller.employeeId()), employeeId, caller, request);
        return created(profile(employeeId), position,
                new EmployeeAnswers.ReadinessAssessed(employeeId, body.readiness()));
    }

    /**
     * Erases the person's personal data: their key is destroyed, so every personal field of their events becomes
     * unreadable.
     */
    @PostMapping("/{employeeId}/erasure")
    ResponseEntity<DataErased> erase(@PathVariable @Pattern(regexp = EmployeeRequests.PERSON_ID) String employeeId,
            @Valid @RequestBody EmployeeRequests.Erasure body, Caller caller, HttpServletRequest request) {
        access.require(Access.ERASE_PERSONAL_DATA, caller, employeeId);
        long position = dispatch.send(new EraseEmployeeData(employeeId, body.requestedBy(), body.reason()),
                employeeId, caller, request);
        return ok(position, new DataErased(employeeId, true));
    }

    /**
     * Records the person's consent: whether they are visible to the marketplace and to succession, and what they
     * share.
     */
    @PutMapping("/{employeeId}/consent")
    ResponseEntity<EmployeeAnswers.ConsentRecorded> recordConsent(
            @PathVariable @Pattern(regexp = EmployeeRequests.PERSON_ID) String employeeId,
            @Valid @RequestBody EmployeeRequests.Consent body, Caller caller, HttpServletRequest request) {
        access.require(Access.RECORD_CONSENT, caller, employeeId);
        long position = dispatch.send(new RecordConsent(employeeId, body.marketplaceVisible(),
                body.successionDiscoverable(), body.share()), employeeId, caller, request);
        return ok(position, new EmployeeAnswers.ConsentRecorded(employeeId,
                body.marketplaceVisible(), body.successionDiscoverable(), body.share()));
    }

    /**
     * Whether the manager-to-be is a current employee: a fact for the aggregate's rule. The row stays locked until the
     * command commits, so that the manager cannot leave in between (ConcurrentChangesTest).
     */
    private boolean currentEmployee(String managerId) {
        return directory.lock(managerId).filter(EmployeeDirectory.Entry::employed).isPresent();
    }

    /** Whose conversation an outcome cites, for the aggregate's rule; {@code null} when none is cited or known. */
    private String whoseConversation(UUID conversationId) {
        return conversationId == null ? null : directory.employeeOfConversation(conversationId).orElse(null);
    }

    /** A text left empty on a form says nothing. */
    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String profile(String employeeId) {
        return "/api/v1/employees/" + employeeId + "/career-capital";
    }
}
