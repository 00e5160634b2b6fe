package io.talentplatform.query.mentors;

import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.problem.Unknown;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.time.PlatformClock;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.query.access.AccessLog;
import io.talentplatform.query.access.PersonRead;
import io.talentplatform.query.careercapital.CareerCapitalReader;
import io.talentplatform.query.freshness.ProcessedPositions;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** The mentor finder: for the person and their manager (docs/opportunities.md, "Mentors"). */
@RestController
@Validated
class MentorsController {

    private final MentorFinder finder;
    private final CareerCapitalReader profiles;
    private final ProcessedPositions positions;
    private final PlatformClock clock;
    private final AccessLog accessLog;

    MentorsController(MentorFinder finder, CareerCapitalReader profiles, ProcessedPositions positions,
                      PlatformClock clock, AccessLog accessLog) {
        this.finder = finder;
        this.profiles = profiles;
        this.positions = positions;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    /**
     * People who made the move the person aims for and consented to be asked as mentors, by how recent and how
     * similar their move was.
     */
    @GetMapping("/api/v1/employees/{employeeId}/mentors")
    Mentors mentors(@PathVariable String employeeId,
                    @RequestParam(required = false) @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
                    String roleFamily,
                    @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
                    @RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        positions.awaitIfAsked(ReadModel.Names.CAREER_CAPITAL, minPosition);
        positions.awaitIfAsked(ReadModel.Names.TALENT_POOL, minPosition);
        String[] profile = profiles.standing(employeeId).orElseThrow(() -> Unknown.employee(employeeId));
        PersonRead.authorize(Access.FIND_MENTORS, caller, employeeId, profile[1]);
        MentorFinder.Seeker seeker = finder.seeker(employeeId).orElseThrow(() -> Unknown.employee(employeeId));
        String family = roleFamily != null ? roleFamily : seeker.firstTargetFamily();
        if (family == null) {
            throw RuleViolation.unprocessable("no-target-role-family", "Name a role family (?roleFamily=): "
                    + employeeId + " has stated no target role family to find mentors for.");
        }
        LocalDate today = clock.today();
        List<Mentors.Mentor> found = finder.find(seeker, family, today, limit);
        accessLog.record(caller, found.stream().map(Mentors.Mentor::employeeId).toList());
        return new Mentors(employeeId, family, today, found);
    }
}
