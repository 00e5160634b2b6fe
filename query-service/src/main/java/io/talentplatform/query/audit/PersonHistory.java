package io.talentplatform.query.audit;

import io.talentplatform.events.pool.TalentPoolMemberNominated;
import io.talentplatform.events.pool.TalentPoolMemberRemoved;
import io.talentplatform.events.role.OpportunityAgreed;
import io.talentplatform.events.role.OpportunityApplied;
import io.talentplatform.events.role.OpportunityCompleted;
import io.talentplatform.events.role.SuccessorNominated;
import io.talentplatform.events.role.SuccessorReassessed;
import io.talentplatform.events.role.SuccessorRemoved;
import io.talentplatform.platform.privacy.DataSubjects;
import io.talentplatform.platform.web.Cursor;
import io.talentplatform.query.audit.EventHistory.AuditedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every stream about one person in one timeline, in the order of the log: the person's own stream, their
 * conversations and development contracts, and the events that name them in others' streams: slate changes in the
 * roles they were nominated for, nominations in talent pools, the taking of gigs and projects they asked for (other
 * people's events in those streams are left out). The streams are found through the
 * follow-through's read model, and each event is read through Axon's event store, as {@link EventHistory} reads one
 * stream: upcast to today's shape, personal fields opened with the person's key or read as erased.
 */
@Component
class PersonHistory {

    /** Events about one person in streams of others: slate changes, pool nominations, a gig's taking. */
    private static final List<String> SLATE_CHANGES = List.of(SuccessorNominated.class.getName(),
            SuccessorReassessed.class.getName(), SuccessorRemoved.class.getName(),
            TalentPoolMemberNominated.class.getName(), TalentPoolMemberRemoved.class.getName(),
            OpportunityApplied.class.getName(), OpportunityAgreed.class.getName(),
            OpportunityCompleted.class.getName());
    /** Stands in an empty list of roles, so that {@code IN (…)} is never empty: no aggregate has an empty id. */
    private static final String NO_ROLE = "";

    private final EventStore store;
    private final JdbcClient jdbc;

    PersonHistory(EventStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    /**
     * The page of the person's timeline after global position {@code after}; empty when no person is recorded under
     * {@code employeeId}.
     */
    Optional<Read> read(String employeeId, long after, int limit) {
        boolean recorded = jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM domainevententry WHERE aggregateidentifier = ? AND type = ?)""")
                .params(employeeId, AuditedStream.EMPLOYEE.aggregateType()).query(Boolean.class).single();
        if (!recorded) {
            return Optional.empty();
        }
        List<String> own = new ArrayList<>();
        own.add(employeeId);
        own.addAll(jdbc.sql("SELECT CAST(conversation_id AS text) FROM ft_conversation WHERE employee_id = ?")
                .param(employeeId).query(String.class).list());
        own.addAll(jdbc.sql("SELECT CAST(contract_id AS text) FROM ft_contract WHERE employee_id = ?")
                .param(employeeId).query(String.class).list());
        List<String> roles = new ArrayList<>(jdbc.sql("SELECT role_id FROM ft_nomination WHERE employee_id = ?")
                .param(employeeId).query(String.class).list().stream().map(AuditedStream.ROLE::aggregateId).toList());
        roles.addAll(jdbc.sql("SELECT aggregate_id FROM ft_named_in WHERE employee_id = ?")
                .param(employeeId).query(String.class).list());
        roles.add(NO_ROLE);
        List<Row> rows = jdbc.sql("""
                        SELECT globalindex, aggregateidentifier, sequencenumber, type, payloadrevision
                        FROM domainevententry
                        WHERE globalindex > :after
                          AND (aggregateidentifier IN (:own)
                               OR (aggregateidentifier IN (:roles) AND payloadtype IN (:slateChanges)
                                   AND convert_from(payload, 'UTF8')::jsonb ->> 'employeeId' = :person))
                        ORDER BY globalindex LIMIT :limit""")
                .param("after", after).param("own", own).param("roles", roles).param("slateChanges", SLATE_CHANGES)
                .param("person", employeeId).param("limit", limit + 1)
                .query((rs, row) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5)))
                .list();
        List<Row> page = rows.subList(0, Math.min(limit, rows.size()));
        Map<Long, DomainEventMessage<?>> decoded = decode(page);
        Set<String> subjects = new LinkedHashSet<>();
        subjects.add(employeeId);
        List<Entry> entries = new ArrayList<>(page.size());
        for (Row row : page) {
            DomainEventMessage<?> event = decoded.get(row.globalIndex());
            if (event == null) {
                continue; // not readable through the store (cannot happen for a committed row); left out, not guessed
            }
            DataSubjects.of(event.getPayload()).ifPresent(subjects::add);
            AuditedStream stream = AuditedStream.ofAggregateType(row.type());
            entries.add(new Entry(stream.path(), stream.id(row.aggregateId()), new AuditedEvent(
                    event.getSequenceNumber(), row.globalIndex(), event.getIdentifier(),
                    event.getPayloadType().getSimpleName(), row.revision(), event.getTimestamp(),
                    new TreeMap<>(event.getMetaData()), event.getPayload())));
        }
        String next = rows.size() > limit ? Cursor.after(Long.toString(page.get(page.size() - 1).globalIndex())) : null;
        return Optional.of(new Read(new Page(employeeId, entries, next), List.copyOf(subjects)));
    }

    /** The page's events through the event store, each stream read once from its first sequence on the page. */
    private Map<Long, DomainEventMessage<?>> decode(List<Row> page) {
        Map<String, List<Row>> byStream = new LinkedHashMap<>();
        page.forEach(row -> byStream.computeIfAbsent(row.aggregateId(), id -> new ArrayList<>()).add(row));
        Map<Long, DomainEventMessage<?>> decoded = new HashMap<>();
        byStream.forEach((aggregateId, rows) -> {
            Map<Long, Long> positions = new HashMap<>();
            rows.forEach(row -> positions.put(row.sequence(), row.globalIndex()));
            long last = rows.get(rows.size() - 1).sequence();
            DomainEventStream stream = store.readEvents(aggregateId, rows.get(0).sequence());
            while (stream.hasNext()) {
                DomainEventMessage<?> event = stream.next();
                Long position = positions.get(event.getSequenceNumber());
                if (position != null) {
                    decoded.put(position, event);
                }
                if (event.getSequenceNumber() >= last) {
                    break;
                }
            }
        });
        return decoded;
    }

    private record Row(long globalIndex, String aggregateId, long sequence, String type, String revision) {
    }

    /** @param subjects the people the page's events are about, for the access log */
    record Read(Page page, List<String> subjects) {
    }

    /**
     * @param stream   the stream's type as {@code /audit/streams/{type}/{id}/events} names it
     * @param streamId the stream's id in that path
     */
    record Entry(String stream, String streamId, AuditedEvent event) {
    }

    /** @param nextCursor where the next page starts ({@code ?cursor=}), or {@code null} on the last page */
    record Page(String employeeId, List<Entry> events, String nextCursor) {
    }
}
