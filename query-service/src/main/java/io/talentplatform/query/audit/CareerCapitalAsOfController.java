package io.talentplatform.query.audit;

import io.talentplatform.platform.problem.Unknown;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import io.talentplatform.platform.security.Viewer;
import io.talentplatform.query.access.AccessLog;
import io.talentplatform.query.careercapital.CareerCapital;
import io.talentplatform.query.careercapital.CareerCapitalReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "What did this person's Career Capital map say on that day?" for auditors: the person's stream and their
 * conversations up to that moment, replayed by the career-capital projector into a private copy and read by the
 * same reader as the live map ({@link PointInTime}). The map is cut as the person saw it then; a manager's own
 * listening notes stay out, as they do for everyone but their writer.
 */
@RestController
class CareerCapitalAsOfController {

    private final CareerCapitalReader reader;
    private final PointInTime pointInTime;
    private final AccessLog accessLog;
    private final JdbcClient jdbc;

    CareerCapitalAsOfController(CareerCapitalReader reader, PointInTime pointInTime, AccessLog accessLog,
                                JdbcClient jdbc) {
        this.reader = reader;
        this.pointInTime = pointInTime;
        this.accessLog = accessLog;
        this.jdbc = jdbc;
    }

    /** The person's Career Capital as it was known at a moment, replayed from the event store. */
    @GetMapping("/api/v1/audit/employees/{employeeId}/as-of")
    AsOfProfile asOf(@PathVariable String employeeId, @RequestParam Instant at, Caller caller) {
        Access.READ_PROFILE_AS_OF.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        pointInTime.requirePast(at);
        // The person's conversations are found through the live map, which keeps every conversation it has seen.
        List<String> streams = new ArrayList<>(List.of(employeeId));
        streams.addAll(jdbc.sql("SELECT conversation_id::text FROM career_capital_conversation WHERE employee_id = ?")
                .param(employeeId).query(String.class).list());
        PointInTime.Replayed<Optional<CareerCapital>> replayed = pointInTime.replay(
                PointInTime.Replayable.CAREER_CAPITAL,
                streams, at, () -> reader.standing(employeeId)
                        .map(found -> reader.read(employeeId, at.atZone(ZoneOffset.UTC).toLocalDate(), null)));
        CareerCapital profile = replayed.view().orElseThrow(() -> Unknown.employee(employeeId, at));
        accessLog.record(caller, employeeId);
        // The auditor stands in no relationship to the person: the map is cut as the organisation sees it, as the
        // event histories are (docs/audit.md). What only the person and their manager read stays theirs.
        Viewer.auditor(caller, false).declare();
        return new AsOfProfile(employeeId, at, replayed.events(), replayed.lastPosition(), profile);
    }

    /**
     * @param events       how many events the map was built from
     * @param lastPosition the global position of the last of them
     */
    record AsOfProfile(String employeeId, Instant at, int events, long lastPosition, CareerCapital profile) {
    }
}
