package io.talentplatform.query.succession;

import io.talentplatform.events.employee.AspirationStated;
import io.talentplatform.events.employee.ConsentRecorded;
import io.talentplatform.events.role.RoleDefined;
import io.talentplatform.events.role.SuccessorNominated;
import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import io.talentplatform.platform.security.Viewer;
import io.talentplatform.platform.time.PlatformClock;
import io.talentplatform.query.access.AccessLog;
import io.talentplatform.query.audit.PointInTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * "What could the succession panel have known about this role on that day?" for auditors: the role's stream, and
 * the streams of everyone who could have been on its slate or among its discovered candidates, replayed up to that
 * moment by the talent-pool projector into a private copy and read by the same code as the live panel view
 * ({@link SuccessionViews}, {@link PointInTime}), cut as the panel saw it.
 */
@RestController
class SuccessionAsOfController {

    private final SuccessionViews views;
    private final PointInTime pointInTime;
    private final AccessLog accessLog;
    private final JdbcClient jdbc;
    private final PlatformClock clock;

    SuccessionAsOfController(SuccessionViews views, PointInTime pointInTime, AccessLog accessLog, JdbcClient jdbc,
                             PlatformClock clock) {
        this.views = views;
        this.pointInTime = pointInTime;
        this.accessLog = accessLog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/api/v1/audit/succession/roles/{roleId}/as-of")
    AsOfSuccession asOf(@PathVariable String roleId, @RequestParam Instant at, Caller caller) {
        Access.READ_SUCCESSION_AS_OF.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        if (at.isAfter(clock.instant())) {
            throw RuleViolation.unprocessable("at-in-future", "The platform knows the past only; " + at
                    + " is later than now.");
        }
        String stream = "role:" + roleId;
        List<String> streams = new ArrayList<>(List.of(stream));
        streams.addAll(everyoneWhoCouldHaveBeenInView(stream));
        PointInTime.Replayed<Optional<SuccessionView>> replayed = pointInTime.replay(
                PointInTime.ReadModel.TALENT_POOL, streams, at,
                () -> views.view(roleId, at.atZone(ZoneOffset.UTC).toLocalDate()));
        SuccessionView view = replayed.view().orElseThrow(() -> RuleViolation.notFound("unknown-role",
                "No role was defined under " + roleId + " at " + at + "."));
        accessLog.record(caller, SuccessionViews.people(view));
        Viewer.of(caller, EnumSet.noneOf(Relationship.class), true).declare();
        return new AsOfSuccession(roleId, at, replayed.events(), replayed.lastPosition(), view);
    }

    /**
     * A superset, found from the log without replaying it: everyone ever nominated to the role, and everyone who
     * ever consented to succession discovery and ever aimed at the role's family. The replay then decides who was
     * on the slate or discoverable at that moment; anyone outside this set could not have been.
     */
    private List<String> everyoneWhoCouldHaveBeenInView(String stream) {
        return jdbc.sql("""
                        WITH family AS (
                            SELECT convert_from(payload, 'UTF8')::jsonb ->> 'roleFamily' AS name
                            FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype = ?)
                        SELECT convert_from(payload, 'UTF8')::jsonb ->> 'employeeId' FROM domainevententry
                        WHERE aggregateidentifier = ? AND payloadtype = ?
                        UNION
                        (SELECT aggregateidentifier FROM domainevententry
                         WHERE payloadtype = ? AND (convert_from(payload, 'UTF8')::jsonb ->> 'successionDiscoverable')::boolean
                         INTERSECT
                         SELECT aggregateidentifier FROM domainevententry, family
                         WHERE payloadtype = ?
                             AND convert_from(payload, 'UTF8')::jsonb -> 'targetRoleFamilies' @> jsonb_build_array(family.name))""")
                .params(stream, RoleDefined.class.getName(), stream, SuccessorNominated.class.getName(),
                        ConsentRecorded.class.getName(), AspirationStated.class.getName())
                .query(String.class).list();
    }

    /**
     * @param events       how many events the view was built from
     * @param lastPosition the global position of the last of them
     */
    record AsOfSuccession(String roleId, Instant at, int events, long lastPosition, SuccessionView view) {
    }
}
