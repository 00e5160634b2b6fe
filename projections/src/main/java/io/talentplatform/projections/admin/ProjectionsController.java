package io.talentplatform.projections.admin;

import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import io.talentplatform.platform.security.Viewer;
import io.talentplatform.projections.rebuild.RebuildReadModel;
import io.talentplatform.projections.scaleout.SegmentChanges;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;

/**
 * The operator's view of the projections, served by the projections processes themselves: where each processor is,
 * how far behind the log, and rebuilds of a read model from the first event, asked for as a command that every
 * projections process carries out (RebuildRequests) while the platform keeps taking commands.
 */
@RestController
class ProjectionsController {

    /** How long a split or merge is waited for before the answer says it is still under way. */
    private static final Duration WAIT_FOR_CHANGE = Duration.ofSeconds(20);

    private final ProcessorStatuses statuses;
    private final CommandGateway commands;
    private final SegmentChanges segmentChanges;

    ProjectionsController(ProcessorStatuses statuses, CommandGateway commands, SegmentChanges segmentChanges) {
        this.statuses = statuses;
        this.commands = commands;
        this.segmentChanges = segmentChanges;
    }

    /** Lists every read model's and publisher's processor: position, lag, segments and any rebuild. */
    @GetMapping("/api/v1/admin/projections")
    ProcessorStatuses.Projections projections(Caller caller) {
        Access.READ_PROJECTIONS.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        Viewer.of(caller, EnumSet.noneOf(Relationship.class), false).declare();
        return statuses.all();
    }

    /**
     * Rebuilds a read model from the event store: answered at once, carried out by the projections; publishers are
     * never replayed.
     */
    @PostMapping("/api/v1/admin/projections/{name}/rebuild")
    ResponseEntity<ProcessorStatuses.Status> rebuild(@PathVariable String name, Caller caller) {
        Access.REBUILD_PROJECTION.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        commands.sendAndWait(new RebuildReadModel(name, caller.employeeId()));
        Viewer.of(caller, EnumSet.noneOf(Relationship.class), false).declare();
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/projections"))
                .body(statuses.of(name));
    }

    /**
     * Splits one segment of a processor in two, so that one more projections process can take a share of it. The
     * projections process holding the segment carries it out; the answer is 200 with the outcome once it is done, or
     * 202 while it is still under way (each process looks every half second), pointing at the processors' statuses,
     * where the processor's {@code segmentChange} shows the outcome once there is one. Refused with 409 when a lone process
     * could not work every segment (a tracking processor works one segment a thread) or while another split or merge
     * of the processor is open.
     */
    @PostMapping("/api/v1/admin/projections/{name}/segments/{segment}/split")
    ResponseEntity<SegmentChanges.Change> split(@PathVariable String name, @PathVariable int segment, Caller caller)
            throws InterruptedException {
        Access.SPLIT_SEGMENT.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        return change(name, segment, SegmentChanges.Kind.SPLIT, caller);
    }

    /**
     * Merges a segment with the one it was split from, when fewer processes run than there are segments. Answered as
     * a split is; refused with 409 for a processor's only segment.
     */
    @PostMapping("/api/v1/admin/projections/{name}/segments/{segment}/merge")
    ResponseEntity<SegmentChanges.Change> merge(@PathVariable String name, @PathVariable int segment, Caller caller)
            throws InterruptedException {
        Access.MERGE_SEGMENTS.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        return change(name, segment, SegmentChanges.Kind.MERGE, caller);
    }

    private ResponseEntity<SegmentChanges.Change> change(String name, int segment, SegmentChanges.Kind kind,
                                                         Caller caller) throws InterruptedException {
        long request = segmentChanges.request(name, segment, kind, caller.employeeId());
        Viewer.of(caller, EnumSet.noneOf(Relationship.class), false).declare();
        long deadline = System.nanoTime() + WAIT_FOR_CHANGE.toNanos();
        SegmentChanges.Change change = segmentChanges.find(request).orElseThrow();
        while (change.outcome() == null && System.nanoTime() < deadline) {
            Thread.sleep(100);
            change = segmentChanges.find(request).orElseThrow();
        }
        return (change.outcome() == null ? ResponseEntity.accepted() : ResponseEntity.ok())
                .location(URI.create("/api/v1/admin/projections")).body(change);
    }
}
