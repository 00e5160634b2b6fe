package io.talentplatform.query.admin;

import io.talentplatform.platform.axon.Processors;
import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import io.talentplatform.platform.security.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.EnumSet;

/**
 * The operator's view of the projections: where each processor is, how far behind the log, and rebuilds of a read
 * model from the first event, carried out by the projections processes (their RebuildRequests) while the platform
 * keeps taking commands. Publishers are shown but never replayed through here: that would send every event to the
 * marketplace again.
 */
@RestController
class ProjectionsController {

    private final ProcessorStatuses statuses;
    private final JdbcClient jdbc;

    ProjectionsController(ProcessorStatuses statuses, JdbcClient jdbc) {
        this.statuses = statuses;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/v1/admin/projections")
    ProcessorStatuses.Projections projections(Caller caller) {
        Access.READ_PROJECTIONS.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        Viewer.of(caller, EnumSet.noneOf(Relationship.class), false).declare();
        return statuses.all();
    }

    @PostMapping("/api/v1/admin/projections/{name}/rebuild")
    ResponseEntity<ProcessorStatuses.Status> rebuild(@PathVariable String name, Caller caller) {
        Access.REBUILD_PROJECTION.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        if (Processors.PUBLISHERS.contains(name)) {
            throw RuleViolation.conflict("publisher-not-replayed", name + " publishes to the marketplace; a replay "
                    + "would send every event again, so it is never rebuilt through the API.");
        }
        if (!Processors.READ_MODELS.contains(name)) {
            throw RuleViolation.notFound("unknown-projection", "There is no read model " + name + "; they are "
                    + String.join(", ", Processors.READ_MODELS) + ".");
        }
        // Asking again while a request waits is the same request (one waiting row per processor).
        jdbc.sql("""
                        INSERT INTO projection_rebuild (processor, requested_by) VALUES (?, ?)
                        ON CONFLICT (processor) WHERE state = 'REQUESTED' DO NOTHING""")
                .params(name, caller.employeeId()).update();
        Viewer.of(caller, EnumSet.noneOf(Relationship.class), false).declare();
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/projections"))
                .body(statuses.of(name));
    }
}
