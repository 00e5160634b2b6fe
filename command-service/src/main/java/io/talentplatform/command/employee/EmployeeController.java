package io.talentplatform.command.employee;

import io.talentplatform.command.directory.EmployeeDirectory;
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

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** The person's command endpoints: registration, Human Capital evidence, consent. */
@RestController
@Validated
@RequestMapping("/api/v1/employees")
class EmployeeController {

    private final CommandDispatch dispatch;
    private final EmployeeDirectory directory;

    EmployeeController(CommandDispatch dispatch, EmployeeDirectory directory) {
        this.dispatch = dispatch;
        this.directory = directory;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> register(@Valid @RequestBody EmployeeRequests.Register body, Caller caller,
                                                 HttpServletRequest request) {
        if (!caller.has(Role.HR)) {
            throw RuleViolation.forbidden("Only HR registers people.");
        }
        if (body.managerId() != null) {
            if (body.managerId().equals(body.employeeId())) {
                throw RuleViolation.unprocessable("own-manager", "A person cannot be their own manager.");
            }
            directory.find(body.managerId()).filter(EmployeeDirectory.Entry::employed).orElseThrow(() ->
                    RuleViolation.unprocessable("unknown-manager",
                            "The manager " + body.managerId() + " is not a current employee. Register them first."));
        }
        long position = dispatch.send(new RegisterEmployee(body.employeeId(), body.displayName(), body.jobTitle(),
                body.level(), body.function(), body.managerId()), body.employeeId(), caller, request);
        return ResponseEntity.created(URI.create("/api/v1/employees/" + body.employeeId() + "/career-capital"))
                .header(CommandDispatch.POSITION_HEADER, Long.toString(position))
                .body(Map.of("employeeId", body.employeeId()));
    }

    @PostMapping("/{employeeId}/capabilities")
    ResponseEntity<Map<String, Object>> recordCapability(
            @PathVariable @Pattern(regexp = EmployeeRequests.PERSON_ID) String employeeId,
            @Valid @RequestBody EmployeeRequests.Capability body, Caller caller, HttpServletRequest request) {
        EmployeeDirectory.Entry person = known(employeeId);
        boolean self = caller.is(employeeId) && caller.has(Role.EMPLOYEE);
        boolean manager = caller.has(Role.MANAGER) && person.isManagedBy(caller.employeeId());
        if (!self && !manager) {
            throw RuleViolation.forbidden("Only the person and their current manager record their capabilities.");
        }
        if (self && !manager && body.source() != EvidenceSource.SELF) {
            throw RuleViolation.unprocessable("self-evidence-only",
                    "Evidence you record about yourself has the source SELF.");
        }
        UUID evidenceId = UUID.randomUUID();
        long position = dispatch.send(new RecordCapabilityEvidence(employeeId, evidenceId, body.capability(),
                body.level(), body.evidence(), body.source(), body.observedOn(), body.conversationId()),
                employeeId, caller, request);
        return ResponseEntity.created(URI.create("/api/v1/employees/" + employeeId + "/career-capital"))
                .header(CommandDispatch.POSITION_HEADER, Long.toString(position))
                .body(Map.of("employeeId", employeeId, "evidenceId", evidenceId));
    }

    @PutMapping("/{employeeId}/consent")
    ResponseEntity<Map<String, Object>> recordConsent(
            @PathVariable @Pattern(regexp = EmployeeRequests.PERSON_ID) String employeeId,
            @Valid @RequestBody EmployeeRequests.Consent body, Caller caller, HttpServletRequest request) {
        known(employeeId);
        if (!caller.is(employeeId)) {
            throw RuleViolation.forbidden("Only the person themself decides what they share.");
        }
        long position = dispatch.send(new RecordConsent(employeeId, body.marketplaceVisible(),
                body.successionDiscoverable(), body.share()), employeeId, caller, request);
        return ResponseEntity.ok()
                .header(CommandDispatch.POSITION_HEADER, Long.toString(position))
                .body(Map.of("employeeId", employeeId, "marketplaceVisible", body.marketplaceVisible(),
                        "successionDiscoverable", body.successionDiscoverable(), "share", body.share()));
    }

    private EmployeeDirectory.Entry known(String employeeId) {
        return directory.find(employeeId).orElseThrow(() -> RuleViolation.notFound("unknown-employee",
                "No employee is registered under " + employeeId + "."));
    }
}
