package io.talentplatform.query.audit;

import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.problem.Unknown;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import io.talentplatform.platform.security.Viewer;
import io.talentplatform.platform.web.Cursor;
import io.talentplatform.query.access.AccessLog;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import io.talentplatform.query.freshness.ProcessedPositions;
import io.talentplatform.platform.readmodel.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * The auditor's questions: what was recorded in one stream, by whom, when and why; and who read a person's data.
 * Every answer is itself a read of the people it shows and is recorded in the access log. The auditor stands in no
 * relationship to anyone, so fields meant for the person, their manager or a note's writer stay closed here too.
 */
@RestController
@Validated
class AuditController {

    private final EventHistory history;
    private final PersonHistory people;
    private final AccessLog accessLog;
    private final JdbcClient jdbc;
    private final ProcessedPositions positions;

    AuditController(EventHistory history, PersonHistory people, AccessLog accessLog, JdbcClient jdbc,
                    ProcessedPositions positions) {
        this.positions = positions;
        this.history = history;
        this.people = people;
        this.accessLog = accessLog;
        this.jdbc = jdbc;
    }

    /** Reads one stream's events as stored, in order, with their metadata: what was known and when. */
    @GetMapping("/api/v1/audit/streams/{type}/{id}/events")
    EventHistory.Page events(@PathVariable String type, @PathVariable String id,
                             @RequestParam(defaultValue = "0") @Min(0) long fromSequence,
                             @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit, Caller caller) {
        Access.READ_EVENT_HISTORY.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        AuditedStream stream = AuditedStream.ofPath(type).orElseThrow(() -> RuleViolation.notFound("unknown-stream",
                "There is no stream type " + type + "; the types are " + AuditedStream.paths() + "."));
        EventHistory.Read read = history.read(stream, id, fromSequence, limit).orElseThrow(() -> RuleViolation
                .notFound("unknown-stream", "No " + type + " stream is recorded under " + id + "."));
        Viewer.auditor(caller, false).declare();
        accessLog.record(caller, read.subjects());
        return read.page();
    }

    /**
     * Every stream about the person in one timeline, a page at a time in the order of the log (PersonHistory). The
     * streams are found through the follow-through, so {@code minPosition} waits for it.
     */
    @GetMapping("/api/v1/audit/employees/{employeeId}/history")
    PersonHistory.Page personHistory(@PathVariable @Size(max = 64) String employeeId,
                                     @RequestParam(required = false) @Size(max = 200) String cursor,
                                     @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
                                     @RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        Access.READ_PERSON_HISTORY.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        positions.awaitIfAsked(ReadModel.Names.FOLLOW_THROUGH, minPosition);
        String after = Cursor.decode(cursor);
        long position;
        try {
            position = after.isEmpty() ? -1 : Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw Cursor.notOurs();
        }
        PersonHistory.Read read = people.read(employeeId, position, limit)
                .orElseThrow(() -> Unknown.employee(employeeId));
        Viewer.auditor(caller, false).declare();
        accessLog.record(caller, read.subjects());
        return read.page();
    }

    /** Reads who read a person's data, when and through which request. */
    @GetMapping("/api/v1/audit/access-log")
    AccessLogPage accessLog(@RequestParam @NotBlank String subject,
                            @RequestParam(required = false) @Min(1) Long before,
                            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit, Caller caller) {
        Access.READ_ACCESS_LOG.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        Viewer.auditor(caller, false).declare();
        // Reading who read a person's data is itself a read of that person: recorded first, so it shows up here.
        accessLog.record(caller, subject);
        List<AccessLogPage.Entry> entries = jdbc.sql("""
                        SELECT entry, read_at, reader, reader_roles, request FROM access_log
                        WHERE subject = ? AND entry < ? ORDER BY entry DESC LIMIT ?""")
                .params(subject, before == null ? Long.MAX_VALUE : before, limit + 1)
                .query((rs, row) -> new AccessLogPage.Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        rs.getString(3), List.of(rs.getString(4).split(",")), rs.getString(5)))
                .list();
        Long next = entries.size() > limit ? entries.get(limit - 1).entry() : null;
        return new AccessLogPage(subject, entries.subList(0, Math.min(limit, entries.size())), next);
    }

    /** @param before where the next (older) page starts, as {@code ?before=}, or {@code null} on the last page */
    record AccessLogPage(String subject, List<Entry> entries, Long before) {

        record Entry(long entry, Instant readAt, String reader, List<String> readerRoles, String request) {
        }
    }
}
