package io.talentplatform.query.careercapital;

import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.problem.Unknown;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.time.PlatformClock;
import io.talentplatform.query.access.AccessLog;
import io.talentplatform.query.access.PersonRead;
import io.talentplatform.query.freshness.ProcessedPositions;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "What stands between this person and the roles they are aiming at?" The person's capabilities against a target
 * role family, for the person and their current manager; no destination is needed to ask, but one is needed to
 * answer: the family asked for, or the first their aspiration names.
 */
@RestController
@Validated
class GapsController {

    private final CareerCapitalReader profiles;
    private final GapsReader reader;
    private final ProcessedPositions positions;
    private final PlatformClock clock;
    private final AccessLog accessLog;

    GapsController(CareerCapitalReader profiles, GapsReader reader, ProcessedPositions positions, PlatformClock clock,
                   AccessLog accessLog) {
        this.profiles = profiles;
        this.reader = reader;
        this.positions = positions;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    /**
     * The person's gaps towards their aspiration: what the roles of their target families ask that they do not hold
     * yet, and who does not know their work.
     */
    @GetMapping("/api/v1/employees/{employeeId}/gaps")
    Gaps gaps(@PathVariable String employeeId,
              @RequestParam(required = false) @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
              String roleFamily,
              @RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        positions.awaitIfAsked(ReadModel.Names.CAREER_CAPITAL, minPosition);
        positions.awaitIfAsked(ReadModel.Names.TALENT_POOL, minPosition);
        String[] profile = profiles.standing(employeeId).orElseThrow(() -> Unknown.employee(employeeId));
        PersonRead.authorize(Access.READ_GAPS, caller, employeeId, profile[1]);
        accessLog.record(caller, employeeId);
        String family = roleFamily != null ? roleFamily : reader.targetFamily(employeeId).orElseThrow(() ->
                RuleViolation.unprocessable("no-target-role-family", "Name a role family (?roleFamily=): "
                        + employeeId + " has stated no target role family to compare with."));
        return reader.read(employeeId, family, clock.today());
    }
}
