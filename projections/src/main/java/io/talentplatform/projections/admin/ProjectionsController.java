package io.talentplatform.projections.admin;

import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import io.talentplatform.platform.security.Viewer;
import io.talentplatform.projections.rebuild.RebuildReadModel;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.EnumSet;

/**
 * The operator's view of the projections, served by the projections processes themselves: where each processor is,
 * how far behind the log, and rebuilds of a read model from the first event, asked for as a command that every
 * projections process carries out (RebuildRequests) while the platform keeps taking commands.
 */
@RestController
class ProjectionsController {

    private final ProcessorStatuses statuses;
    private final CommandGateway commands;

    ProjectionsController(ProcessorStatuses statuses, CommandGateway commands) {
        this.statuses = statuses;
        this.commands = commands;
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
        commands.sendAndWait(new RebuildReadModel(name, caller.employeeId()));
        Viewer.of(caller, EnumSet.noneOf(Relationship.class), false).declare();
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/projections"))
                .body(statuses.of(name));
    }
}
