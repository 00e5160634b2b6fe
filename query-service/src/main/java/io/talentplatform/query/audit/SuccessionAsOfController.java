package io.talentplatform.query.audit;

import io.talentplatform.events.employee.AspirationStated;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.ConsentRecorded;
import io.talentplatform.events.role.RoleDefined;
import io.talentplatform.events.role.SuccessorNominated;
import io.talentplatform.platform.problem.Unknown;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import io.talentplatform.platform.security.Viewer;
import io.talentplatform.query.access.AccessLog;
import io.talentplatform.query.succession.SuccessionView;
import io.talentplatform.query.succession.SuccessionViews;
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

    SuccessionAsOfController(SuccessionViews views, PointInTime pointInTime, AccessLog accessLog, JdbcClient jdbc) {
        this.views = views;
        this.pointInTime = pointInTime;
        this.accessLog = accessLog;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/v1/audit/succession/roles/{roleId}/as-of")
    AsOfSuccession asOf(@PathVariable String roleId, @RequestParam Instant at, Caller caller) {
        Access.READ_SUCCESSION_AS_OF.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        pointInTime.requirePast(at);
        String stream = "role:" + roleId;
        List<String> streams = new ArrayList<>(List.of(stream));
        streams.addAll(everyoneWhoCouldHaveBeenInView(stream, at));
        PointInTime.Replayed<Optional<SuccessionView>> replayed = pointInTime.replay(
                PointInTime.Replayable.TALENT_POOL, streams, at,
                () -> views.view(roleId, at.atZone(ZoneOffset.UTC).toLocalDate()));
        SuccessionView view = replayed.view().orElseThrow(() -> Unknown.role(roleId, at));
        accessLog.record(caller, SuccessionViews.people(view));
        Viewer.of(caller, EnumSet.noneOf(Relationship.class), true).declare();
        return new AsOfSuccession(roleId, at, replayed.events(), replayed.lastPosition(), view);
    }

    /**
     * Everyone who could have been in the view at {@code at}, found from the log without replaying it: everyone
     * ever nominated to the role (the replay decides who was still on the slate), and everyone whose latest consent
     * and latest aspiration up to then made them discoverable for the role's family and whose latest evidence of
     * each required capability was at most one level short. The replay decides again with the projector and the
     * panel's own code; this only keeps it from replaying people who could not have been discovered. Payload
     * fields read here are not sealed (consent, aspiration targets, capability and level).
     */
    private List<String> everyoneWhoCouldHaveBeenInView(String stream, Instant at) {
        return jdbc.sql("""
                        WITH role AS (
                            SELECT convert_from(payload, 'UTF8')::jsonb AS defined FROM domainevententry
                            WHERE aggregateidentifier = :stream AND payloadtype = :roleDefined),
                        required AS (
                            SELECT r.capability, greatest(1, r."minLevel" - 1) AS level
                            FROM role, jsonb_to_recordset(role.defined -> 'requiredCapabilities')
                                AS r(capability TEXT, "minLevel" INT)),
                        consented AS (
                            SELECT DISTINCT ON (aggregateidentifier) aggregateidentifier,
                                convert_from(payload, 'UTF8')::jsonb AS consent
                            FROM domainevententry
                            WHERE payloadtype = :consentRecorded AND timestamp::timestamptz <= :at
                            ORDER BY aggregateidentifier, globalindex DESC),
                        aspiring AS (
                            SELECT DISTINCT ON (aggregateidentifier) aggregateidentifier,
                                convert_from(payload, 'UTF8')::jsonb AS aspiration
                            FROM domainevententry
                            WHERE payloadtype = :aspirationStated AND timestamp::timestamptz <= :at
                            ORDER BY aggregateidentifier, globalindex DESC),
                        open AS (
                            SELECT c.aggregateidentifier FROM consented c JOIN aspiring a USING (aggregateidentifier),
                                role
                            WHERE (c.consent ->> 'successionDiscoverable')::boolean
                                AND c.consent -> 'share' @> '["CAPABILITIES", "ASPIRATION"]'
                                AND (a.aspiration ->> 'shareDirection')::boolean
                                AND a.aspiration -> 'targetRoleFamilies'
                                    @> jsonb_build_array(role.defined ->> 'roleFamily')),
                        held AS (
                            SELECT DISTINCT ON (e.aggregateidentifier, evidence ->> 'capability') e.aggregateidentifier,
                                evidence ->> 'capability' AS capability, (evidence ->> 'level')::int AS level
                            FROM domainevententry e JOIN open USING (aggregateidentifier),
                                LATERAL (SELECT convert_from(e.payload, 'UTF8')::jsonb AS evidence) x
                            WHERE e.payloadtype = :capabilityEvidenced AND e.timestamp::timestamptz <= :at
                            ORDER BY e.aggregateidentifier, evidence ->> 'capability',
                                (evidence ->> 'observedOn')::date DESC, e.globalindex DESC)
                        SELECT convert_from(payload, 'UTF8')::jsonb ->> 'employeeId' FROM domainevententry
                        WHERE aggregateidentifier = :stream AND payloadtype = :successorNominated
                        UNION
                        SELECT held.aggregateidentifier FROM held JOIN required USING (capability)
                        WHERE held.level >= required.level
                        GROUP BY held.aggregateidentifier
                        HAVING count(*) = (SELECT count(*) FROM required)""")
                .param("stream", stream)
                .param("at", java.sql.Timestamp.from(at))
                .param("roleDefined", RoleDefined.class.getName())
                .param("consentRecorded", ConsentRecorded.class.getName())
                .param("aspirationStated", AspirationStated.class.getName())
                .param("capabilityEvidenced", CapabilityEvidenced.class.getName())
                .param("successorNominated", SuccessorNominated.class.getName())
                .query(String.class).list();
    }

    /**
     * @param events       how many events the view was built from
     * @param lastPosition the global position of the last of them
     */
    record AsOfSuccession(String roleId, Instant at, int events, long lastPosition, SuccessionView view) {
    }
}
