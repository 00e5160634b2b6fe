package io.talentplatform.query.audit;

import io.talentplatform.events.role.RoleDefined;
import io.talentplatform.events.role.SuccessorNominated;
import io.talentplatform.platform.problem.Unknown;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import io.talentplatform.platform.security.Viewer;
import io.talentplatform.query.access.AccessLog;
import io.talentplatform.query.freshness.ProcessedPositions;
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
    private final ProcessedPositions processed;

    SuccessionAsOfController(SuccessionViews views, PointInTime pointInTime, AccessLog accessLog, JdbcClient jdbc,
                             ProcessedPositions processed) {
        this.views = views;
        this.pointInTime = pointInTime;
        this.accessLog = accessLog;
        this.jdbc = jdbc;
        this.processed = processed;
    }

    /** The role's succession view as it was known at a moment, replayed from the event store. */
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
        Viewer.auditor(caller, true).declare();
        return new AsOfSuccession(roleId, at, replayed.events(), replayed.lastPosition(), view);
    }

    /**
     * Everyone who could have been in the view at {@code at}: everyone ever nominated to the role (the replay decides
     * who was still on the slate), and everyone whose consent and stated aspiration in force then (the periods of
     * V3_25) made them discoverable for the role's family and who had by then been evidenced at most one level short
     * of each required capability. The replay decides again with the projector and the panel's own code; this only
     * keeps it from replaying people who could not have been discovered. It may let through more than the panel
     * could have seen (a person whose evidence of a capability fell again, or whose events carry timestamps out of
     * their order in the log), never fewer: the consent or aspiration in force at {@code at} is the last recorded up
     * to then, and its period lasts until the next one's timestamp, which is later than {@code at}. The periods are
     * the talent pool's, so the read model must have taken every event the log holds now, and no rebuild of it may
     * be waiting to start (one asked for by a migration that added what this reads finds the tokens at the head and
     * the tables not yet filled).
     */
    private List<String> everyoneWhoCouldHaveBeenInView(String stream, Instant at) {
        String talentPool = ReadModel.TALENT_POOL.processor();
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM projection_rebuild WHERE processor = ? AND state = 'REQUESTED')")
                .param(talentPool).query(Boolean.class).single()) {
            throw ProcessedPositions.NotYetProcessed.rebuildWaiting(talentPool);
        }
        processed.awaitHead(talentPool);
        return jdbc.sql("""
                        WITH role AS (
                            SELECT convert_from(payload, 'UTF8')::jsonb AS defined FROM domainevententry
                            WHERE aggregateidentifier = :stream AND payloadtype = :roleDefined),
                        required AS (
                            SELECT r.capability, greatest(1, r."minLevel" - 1) AS level
                            FROM role, jsonb_to_recordset(role.defined -> 'requiredCapabilities')
                                AS r(capability TEXT, "minLevel" INT))
                        SELECT convert_from(payload, 'UTF8')::jsonb ->> 'employeeId' FROM domainevententry
                        WHERE aggregateidentifier = :stream AND payloadtype = :successorNominated
                        UNION
                        SELECT a.employee_id FROM tp_aspiration_period a, role
                        WHERE a.shared_families @> ARRAY[role.defined ->> 'roleFamily']
                          AND a.since <= :at AND (a.until IS NULL OR a.until > :at)
                          AND EXISTS (
                                SELECT 1 FROM tp_consent_period c
                                WHERE c.employee_id = a.employee_id AND c.discoverable
                                  AND c.since <= :at AND (c.until IS NULL OR c.until > :at))
                          AND NOT EXISTS (
                                SELECT 1 FROM required r
                                WHERE NOT EXISTS (
                                    SELECT 1 FROM tp_capability h
                                    WHERE h.employee_id = a.employee_id AND h.capability = r.capability
                                      AND h.reached[r.level] <= :at))""")
                .param("stream", stream)
                .param("at", java.sql.Timestamp.from(at))
                .param("roleDefined", RoleDefined.class.getName())
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
