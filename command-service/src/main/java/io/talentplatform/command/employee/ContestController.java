package io.talentplatform.command.employee;

import io.talentplatform.command.access.CommandAccess;
import io.talentplatform.command.employee.EmployeeCommands.AnswerContest;
import io.talentplatform.command.employee.EmployeeCommands.ContestRecord;
import io.talentplatform.command.http.CommandDispatch;
import io.talentplatform.events.employee.ContestOutcome;
import io.talentplatform.events.employee.ContestedRecord;
import io.talentplatform.events.employee.Readiness;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static io.talentplatform.command.http.CommandAnswers.created;
import static io.talentplatform.command.http.CommandAnswers.ok;

/**
 * The person's voice (DOMAIN.md, "Contest"): they contest a record about them with a reason, and their manager
 * answers. The rules are the {@link Employee}'s; this controller authorizes and translates.
 */
@RestController
@Validated
class ContestController {

    private final CommandDispatch dispatch;
    private final CommandAccess access;

    ContestController(CommandDispatch dispatch, CommandAccess access) {
        this.dispatch = dispatch;
        this.access = access;
    }

    /**
     * Contests a record about the person: evidence, an assessment or a readiness they disagree with, with their
     * reason.
     */
    @PostMapping("/api/v1/employees/{employeeId}/contests")
    ResponseEntity<Contested> contest(@PathVariable @Pattern(regexp = EmployeeRequests.PERSON_ID) String employeeId,
                                      @Valid @RequestBody Contest body, Caller caller, HttpServletRequest request) {
        access.require(Access.CONTEST_RECORD, caller, employeeId);
        UUID contestId = UUID.randomUUID();
        long position = dispatch.send(new ContestRecord(employeeId, contestId, body.subject().kind(),
                body.subject().id(), body.reason().strip()), employeeId, caller, request);
        return created("/api/v1/employees/" + employeeId + "/career-capital", position,
                new Contested(employeeId, contestId));
    }

    /** Answers a contest: upheld, with the record withdrawn, or declined with a reason. */
    @PostMapping("/api/v1/contests/{contestId}/answer")
    ResponseEntity<Answered> answer(@PathVariable UUID contestId, @Valid @RequestBody Answer body, Caller caller,
                                    HttpServletRequest request) {
        String employeeId = access.requireForContest(Access.ANSWER_CONTEST, caller, contestId).employeeId();
        CommandDispatch.Sent<UUID> sent = dispatch.sendForResult(new AnswerContest(employeeId, contestId,
                body.outcome(), body.note().strip(), caller.employeeId(), body.level(), body.readiness(),
                UUID.randomUUID()), employeeId, caller, request);
        return ok(sent.position(), new Answered(contestId, employeeId, body.outcome(), sent.result()));
    }

    /** What is contested: an evidence item, a readiness assessment (by role id or role family) or a relationship. */
    record Subject(@NotNull ContestedRecord kind, @NotBlank @Size(max = 64) String id) {
    }

    record Contest(@NotNull @Valid Subject subject, @NotBlank @Size(max = 2000) String reason) {
    }

    /**
     * @param level     for an amended evidence item: its corrected level
     * @param readiness for an amended readiness assessment: the corrected readiness
     */
    record Answer(@NotNull ContestOutcome outcome, @NotBlank @Size(max = 2000) String note,
                  @Min(1) @Max(5) Integer level, Readiness readiness) {
    }

    record Contested(String employeeId, UUID contestId) {
    }

    /** @param amendedEvidenceId the evidence item an amendment recorded, if it recorded one */
    record Answered(UUID contestId, String employeeId, ContestOutcome outcome, UUID amendedEvidenceId) {
    }
}
