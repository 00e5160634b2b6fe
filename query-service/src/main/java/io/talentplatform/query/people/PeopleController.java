package io.talentplatform.query.people;

import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.problem.Unknown;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import io.talentplatform.platform.security.Role;
import io.talentplatform.platform.security.Viewer;
import io.talentplatform.platform.time.PlatformClock;
import io.talentplatform.platform.web.Cursor;
import io.talentplatform.query.access.AccessLog;
import io.talentplatform.query.freshness.ProcessedPositions;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Where every journey starts: "who am I and who reports to me?", "who is there?" (a directory each caller sees as
 * far as their standing and people's consent allow), and "how is each of my reports doing?".
 */
@RestController
@Validated
class PeopleController {

    static final String PROFILES = ReadModel.Names.CAREER_CAPITAL;
    static final String CONTRACTS = ReadModel.Names.FOLLOW_THROUGH;

    private final PeopleReader reader;
    private final ProcessedPositions positions;
    private final PlatformClock clock;
    private final AccessLog accessLog;

    PeopleController(PeopleReader reader, ProcessedPositions positions, PlatformClock clock, AccessLog accessLog) {
        this.reader = reader;
        this.positions = positions;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    /** Who the caller is: their person, roles, manager and reports. */
    @GetMapping("/api/v1/me")
    Me me(@RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        // About the caller themself: every role may ask.
        Access.READ_ME.require(caller, relationship -> true);
        await(minPosition, PROFILES);
        List<String> roles = caller.roles().stream().map(Enum::name).sorted().toList();
        return new Me(caller.employeeId(), reader.person(caller.employeeId()).map(Person::displayName).orElse(null),
                roles, caller.has(Role.MANAGER) ? reader.reportsOf(caller.employeeId()) : List.of(), clock.instant());
    }

    /**
     * HR searches everyone; a manager their own reports; a succession panel only the people who let panels discover
     * them.
     */
    @GetMapping("/api/v1/employees")
    PeoplePage search(@RequestParam(required = false) @Size(max = 100) String query,
                      @RequestParam(required = false) @Size(max = 100) String function,
                      @RequestParam(required = false) @Size(max = 64) String managerId,
                      @RequestParam(required = false) @Size(max = 200) String cursor,
                      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
                      @RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        Access.SEARCH_PEOPLE.require(caller, relationship -> true);
        String manager = managerId;
        boolean consentedOnly = false;
        if (!caller.has(Role.HR)) {
            if (caller.has(Role.MANAGER) && (managerId == null || caller.is(managerId))) {
                manager = caller.employeeId();
            } else if (caller.has(Role.PANEL)) {
                consentedOnly = true;
            } else {
                throw RuleViolation.forbidden("A manager searches their own reports only.");
            }
        }
        await(minPosition, PROFILES);
        List<Person> found = reader.search(query, function, manager, consentedOnly, Cursor.decode(cursor),
                limit + 1);
        List<Person> page = found.size() > limit ? found.subList(0, limit) : found;
        return new PeoplePage(page, found.size() > limit ? Cursor.after(page.get(page.size() - 1).employeeId())
                : null);
    }

    /** The manager's reports, current or on a date. */
    @GetMapping("/api/v1/managers/{managerId}/reports")
    Reports reports(@PathVariable @Size(max = 64) String managerId,
                    @RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        await(minPosition, PROFILES);
        await(minPosition, CONTRACTS);
        if (reader.person(managerId).isEmpty()) {
            throw Unknown.employee(managerId);
        }
        Access.READ_REPORTS.require(caller, relationship -> switch (relationship) {
            case SELF -> caller.is(managerId);
            case CURRENT_MANAGER -> false;
            case ANY_PERSON -> true;
        });
        // The manager reads as the current manager of every report listed; HR sees the structure, not the direction.
        Viewer.of(caller, caller.is(managerId) && caller.has(Role.MANAGER) ? EnumSet.of(Relationship.CURRENT_MANAGER)
                : EnumSet.noneOf(Relationship.class), false).declare();
        Reports reports = new Reports(managerId, reader.reports(managerId, clock.today()));
        List<String> subjects = new ArrayList<>();
        reports.reports().forEach(report -> subjects.add(report.employeeId()));
        accessLog.record(caller, subjects);
        return reports;
    }

    private void await(Long minPosition, String readModel) {
        positions.awaitIfAsked(readModel, minPosition);
    }
}
