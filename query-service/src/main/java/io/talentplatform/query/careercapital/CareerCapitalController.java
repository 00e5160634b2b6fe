package io.talentplatform.query.careercapital;

import io.talentplatform.platform.problem.Unknown;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import io.talentplatform.platform.time.PlatformClock;
import io.talentplatform.query.access.AccessLog;
import io.talentplatform.query.access.PersonRead;
import io.talentplatform.query.freshness.ProcessedPositions;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

/**
 * "What is this person's Career Capital map?" Answered to the person and their current manager only; which fields
 * each of them sees is decided by the audience of each field (see {@link CareerCapital}).
 */
@RestController
@Validated
class CareerCapitalController {

    static final String READ_MODEL = ReadModel.Names.CAREER_CAPITAL;

    private final CareerCapitalReader reader;
    private final ProcessedPositions positions;
    private final PlatformClock clock;
    private final AccessLog accessLog;

    CareerCapitalController(CareerCapitalReader reader, ProcessedPositions positions, PlatformClock clock,
                            AccessLog accessLog) {
        this.reader = reader;
        this.positions = positions;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    /**
     * The person's Career Capital: capabilities with evidence, relationships, and who knows their work; each viewer
     * sees what the person shares with them.
     */
    @GetMapping("/api/v1/employees/{employeeId}/career-capital")
    CareerCapital careerCapital(@PathVariable String employeeId,
                                @RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        positions.awaitIfAsked(READ_MODEL, minPosition);
        String[] profile = reader.standing(employeeId).orElseThrow(() -> Unknown.employee(employeeId));
        String managerId = profile[1];
        Set<Relationship> standing = PersonRead.authorize(Access.READ_CAREER_CAPITAL, caller, employeeId, managerId);
        accessLog.record(caller, employeeId);
        // Only the caller's own notes are read at all; the AudienceFilter also hides any note not theirs.
        return reader.read(employeeId, clock.today(),
                standing.contains(Relationship.CURRENT_MANAGER) ? caller.employeeId() : null);
    }
}
