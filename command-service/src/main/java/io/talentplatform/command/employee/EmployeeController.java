package io.talentplatform.command.employee;

import io.talentplatform.command.access.CommandAccess;
import io.talentplatform.platform.security.Access;
import io.talentplatform.command.directory.EmployeeDirectory;
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

import java.util.LinkedHashMap;
import java.util.Map;
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

    EmployeeController(CommandDispatch dispatch, CommandAccess access, EmployeeDirectory directory) {
        this.dispatch = dispatch;
        this.access = access;
        this.directory = directory;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> register(@Valid @RequestBody EmployeeRequests.Register body, Caller caller,
                                                 HttpServletRequest request) {
        access.require(Access.REGISTER_EMPLOYEE, caller);
        if (body.managerId() != null) {
            if (body.managerId().equals(body.employeeId())) {
                throw RuleViolation.unprocessable("own-manager", "A person cannot be their own manager.");
            }
            requireCurrentEmployeeAsManager(body.managerId());
        }
        long position = dispatch.send(new RegisterEmployee(body.employeeId(), body.displayName(), body.jobTitle(),
                body.level(), body.function(), body.managerId()), body.employeeId(), caller, request);
        return created(profile(body.employeeId()), position, Map.of("employeeId", body.employeeId()));
    }

    @PostMapping("/{employeeId}/manager")
    ResponseEntity<Map<String, Object>> changeManager(@PathVariable @Pattern(regexp = EmployeeRequests.PERSON_ID)
                                                      String employeeId,
                                                      @Valid @RequestBody EmployeeRequests.Manager body,
                                                      Caller caller, HttpServletRequest request) {
        access.require(Access.CHANGE_MANAGER, caller, employeeId);
        requireCurrentEmployeeAsManager(body.managerId());
        long position = dispatch.send(new ChangeManager(employeeId, body.managerId(), body.effectiveOn()),
                employeeId, caller, request);
        return ok(position, Map.of("employeeId", employeeId, "managerId", body.managerId()));
    }

    @PostMapping("/{employeeId}/moves")
    ResponseEntity<Map<String, Object>> recordMove(@PathVariable @Pattern(regexp = EmployeeRequests.PERSON_ID)
                                                   String employeeId,
                                                   @Valid @RequestBody EmployeeRequests.Move body, Caller caller,
                                                   HttpServletRequest request) {
        access.require(Access.RECORD_MOVE, caller, employeeId);
        long position = dispatch.send(new RecordMove(employeeId, body.jobTitle(), body.level(), body.function(),
                body.moveType(), body.effectiveOn(), body.openingId()), employeeId, caller, request);
        return created(profile(employeeId), position, Map.of("employeeId", employeeId));
    }

    @PostMapping("/{employeeId}/departure")
    ResponseEntity<Map<String, Object>> recordDeparture(@PathVariable @Pattern(regexp = EmployeeRequests.PERSON_ID)
                                                        String employeeId,
                                                        @Valid @RequestBody EmployeeRequests.Departure body,
                                                        Caller caller, HttpServletRequest request) {
        access.require(Access.RECORD_DEPARTURE, caller, employeeId);
        long position = dispatch.send(new RecordDeparture(employeeId, body.effectiveOn(), body.reason(),
                body.regretted()), employeeId, caller, request);
        return ok(position, Map.of("employeeId", employeeId));
    }

    @PostMapping("/{employeeId}/capabilities")
    ResponseEntity<Map<String, Object>> recordCapability(@PathVariable @Pattern(regexp = EmployeeRequests.PERSON_ID)
                                                         String employeeId,
                                                         @Valid @RequestBody EmployeeRequests.Capability body,
                                                         Caller caller, HttpServletRequest request) {
        EmployeeDirectory.Entry person = access.require(Access.RECORD_CAPABILITY, caller, employeeId);
        boolean asManager = caller.has(Role.MANAGER) && person.isManagedBy(caller.employeeId());
        if (!asManager && body.source() != EvidenceSource.SELF) {
            throw RuleViolation.unprocessable("self-evidence-only",
                    "Evidence you record about yourself has the source SELF.");
        }
        requireConversationOf(employeeId, body.conversationId());
        UUID evidenceId = UUID.randomUUID();
        long position = dispatch.send(new RecordCapabilityEvidence(employeeId, evidenceId, body.capability(),
                body.level(), body.evidence(), body.source(), body.observedOn(), body.conversationId(),
                body.visibility()),
                employeeId, caller, request);
        return created(profile(employeeId), position, Map.of("employeeId", employeeId, "evidenceId", evidenceId));
    }

    @PostMapping("/{employeeId}/relationships")
    ResponseEntity<Map<String, Object>> mapRelationship(@PathVariable @Pattern(regexp = EmployeeRequests.PERSON_ID)
                                                        String employeeId,
                                                        @Valid @RequestBody EmployeeRequests.Relationship body,
                                                        Caller caller, HttpServletRequest request) {
        access.require(Access.MAP_RELATIONSHIP, caller, employeeId);
        requireConversationOf(employeeId, body.conversationId());
        UUID relationshipId = UUID.randomUUID();
        long position = dispatch.send(new MapRelationship(employeeId, relationshipId, body.counterpartId(),
                body.counterpartName(), body.counterpartFunction(), body.kind(), body.conversationId()),
                employeeId, caller, request);
        return created(profile(employeeId), position,
                Map.of("employeeId", employeeId, "relationshipId", relationshipId));
    }

    @PostMapping("/{employeeId}/signals")
    ResponseEntity<Map<String, Object>> assessSignal(@PathVariable @Pattern(regexp = EmployeeRequests.PERSON_ID)
                                                     String employeeId,
                                                     @Valid @RequestBody EmployeeRequests.Signal body, Caller caller,
                                                     HttpServletRequest request) {
        access.require(Access.ASSESS_SIGNAL, caller, employeeId);
        requireConversationOf(employeeId, body.conversationId());
        long position = dispatch.send(new AssessDecisionMakerAwareness(employeeId, body.decisionMakerId(),
                body.aware(), body.basis(), body.conversationId()), employeeId, caller, request);
        return created(profile(employeeId), position,
                Map.of("employeeId", employeeId, "decisionMakerId", body.decisionMakerId()));
    }

    @PostMapping("/{employeeId}/aspirations")
    ResponseEntity<Map<String, Object>> stateAspiration(@PathVariable @Pattern(regexp = EmployeeRequests.PERSON_ID)
                                                        String employeeId,
                                                        @Valid @RequestBody EmployeeRequests.Aspiration body,
                                                        Caller caller, HttpServletRequest request) {
        access.require(Access.STATE_ASPIRATION, caller, employeeId);
        requireConversationOf(employeeId, body.conversationId());
        long position = dispatch.send(new StateAspiration(employeeId, body.direction(), body.targetRoleFamilies(),
                body.horizonYears(), body.narrative() == null ? "" : body.narrative(), body.shareDirection(),
                body.conversationId()), employeeId, caller, request);
        return created(profile(employeeId), position, Map.of("employeeId", employeeId));
    }

    @PostMapping("/{employeeId}/readiness")
    ResponseEntity<Map<String, Object>> assessReadiness(@PathVariable @Pattern(regexp = EmployeeRequests.PERSON_ID)
                                                        String employeeId,
                                                        @Valid @RequestBody EmployeeRequests.ReadinessAssessment body,
                                                        Caller caller, HttpServletRequest request) {
        access.require(Access.ASSESS_READINESS, caller, employeeId);
        long position = dispatch.send(new AssessReadiness(employeeId, body.roleId(), body.roleFamily(),
                body.readiness(), body.rationale(), caller.employeeId()), employeeId, caller, request);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("employeeId", employeeId);
        answer.put("readiness", body.readiness());
        return created(profile(employeeId), position, answer);
    }

    @PostMapping("/{employeeId}/erasure")
    ResponseEntity<Map<String, Object>> erase(@PathVariable @Pattern(regexp = EmployeeRequests.PERSON_ID)
                                              String employeeId,
                                              @Valid @RequestBody EmployeeRequests.Erasure body, Caller caller,
                                              HttpServletRequest request) {
        access.require(Access.ERASE_PERSONAL_DATA, caller, employeeId);
        long position = dispatch.send(new EraseEmployeeData(employeeId, body.requestedBy(), body.reason()),
                employeeId, caller, request);
        return ok(position, Map.of("employeeId", employeeId, "erased", true));
    }

    @PutMapping("/{employeeId}/consent")
    ResponseEntity<Map<String, Object>> recordConsent(@PathVariable @Pattern(regexp = EmployeeRequests.PERSON_ID)
                                                      String employeeId,
                                                      @Valid @RequestBody EmployeeRequests.Consent body,
                                                      Caller caller, HttpServletRequest request) {
        access.require(Access.RECORD_CONSENT, caller, employeeId);
        long position = dispatch.send(new RecordConsent(employeeId, body.marketplaceVisible(),
                body.successionDiscoverable(), body.share()), employeeId, caller, request);
        return ok(position, Map.of("employeeId", employeeId, "marketplaceVisible", body.marketplaceVisible(),
                "successionDiscoverable", body.successionDiscoverable(), "share", body.share()));
    }

    private void requireCurrentEmployeeAsManager(String managerId) {
        directory.lock(managerId).filter(EmployeeDirectory.Entry::employed).orElseThrow(() ->
                RuleViolation.unprocessable("unknown-manager",
                        "The manager " + managerId + " is not a current employee. Register them first."));
    }

    /** Outcomes that cite a conversation must cite one of this person's conversations. */
    private void requireConversationOf(String employeeId, UUID conversationId) {
        if (conversationId != null && !directory.employeeOfConversation(conversationId)
                .filter(employeeId::equals).isPresent()) {
            throw RuleViolation.unprocessable("unknown-conversation",
                    "The conversation " + conversationId + " is not one of " + employeeId + "'s conversations.");
        }
    }

    private static String profile(String employeeId) {
        return "/api/v1/employees/" + employeeId + "/career-capital";
    }
}
