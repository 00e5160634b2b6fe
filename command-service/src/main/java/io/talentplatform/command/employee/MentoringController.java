package io.talentplatform.command.employee;

import io.talentplatform.command.access.CommandAccess;
import io.talentplatform.command.deadlines.Days;
import io.talentplatform.command.directory.EmployeeDirectory;
import io.talentplatform.command.http.CommandDispatch;
import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;

import static io.talentplatform.command.employee.EmployeeRequests.PERSON_ID;
import static io.talentplatform.command.employee.EmployeeRequests.SLUG;
import static io.talentplatform.command.http.CommandAnswers.created;

/** A person asks to be introduced to a mentor the finder showed them (docs/opportunities.md, "Mentors"). */
@RestController
@Validated
class MentoringController {

    /** Seed 001: "make a specific introduction … within two weeks". */
    static final int INTRODUCTION_WITHIN_DAYS = 14;

    private final CommandDispatch dispatch;
    private final CommandAccess access;
    private final EmployeeDirectory directory;

    MentoringController(CommandDispatch dispatch, CommandAccess access, EmployeeDirectory directory) {
        this.dispatch = dispatch;
        this.access = access;
        this.directory = directory;
    }

    record Request(
            @NotBlank @Pattern(regexp = PERSON_ID, message = "must be an HRIS id such as E-1042") String mentorId,
            @NotBlank @Size(max = 64) @Pattern(regexp = SLUG,
                    message = "must be a lowercase role family such as engineering-management") String roleFamily,
            @Size(max = 2000) String note) {
    }

    record Requested(String employeeId, String mentorId, UUID contractId, UUID commitmentId, LocalDate dueOn) {
    }

    /**
     * Asks for an introduction to a mentor the finder showed: an introduction commitment of their manager's in the
     * open contract.
     */
    @PostMapping("/api/v1/employees/{employeeId}/mentor-requests")
    ResponseEntity<Requested> request(@PathVariable @Pattern(regexp = PERSON_ID) String employeeId,
                                      @Valid @RequestBody Request body, Caller caller, HttpServletRequest request) {
        access.require(Access.REQUEST_MENTORING, caller, employeeId);
        UUID contractId = directory.openContractOf(employeeId).orElseThrow(() -> RuleViolation.unprocessable(
                "no-open-contract", "A mentoring request becomes your manager's introduction commitment in your "
                        + "development contract: agree one with your manager first."));
        directory.find(body.mentorId()).orElseThrow(() -> RuleViolation.unprocessable("not-a-mentor",
                body.mentorId() + " has not consented to be found as a mentor."));
        dispatch.send(new EmployeeCommands.ConfirmMentor(body.mentorId()), body.mentorId(), caller, request);
        UUID commitmentId = UUID.randomUUID();
        LocalDate dueOn = Days.today().plusDays(INTRODUCTION_WITHIN_DAYS);
        long position = dispatch.send(new EmployeeCommands.RequestMentoring(employeeId, body.mentorId(),
                body.roleFamily(), body.note() == null || body.note().isBlank() ? null : body.note().strip(),
                contractId, commitmentId, dueOn), employeeId, caller, request);
        return created("/api/v1/employees/" + employeeId + "/contract", position,
                new Requested(employeeId, body.mentorId(), contractId, commitmentId, dueOn));
    }
}
