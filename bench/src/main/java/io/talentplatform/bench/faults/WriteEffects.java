package io.talentplatform.bench.faults;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a phase's commands left, for the phase's own people, in the three places a command's effect lands: the event
 * store, the evidence read model and {@code talent.events.v1}. Each answered command counts once: lost if any of the
 * three lacks it. Doubled: an event no answered command accounts for (a command carried out twice), and a row with no
 * event of its own or a second row for one event.
 *
 * @param lost             answered commands missing from the store, the read model or the topic
 * @param doubled          events and rows beyond one per answered command
 * @param kafkaDuplicates  records whose id came before, with the same bytes (at-least-once delivery)
 * @param kafkaConflicting records whose id came before, with other bytes (never allowed)
 * @param details          each count by where it was found
 */
record WriteEffects(long lost, long doubled, long kafkaDuplicates, long kafkaConflicting,
                    Map<String, Object> details) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The effects of {@code answered}, commands about {@code people}, given the topic's records of their keys. */
    static WriteEffects of(JdbcClient jdbc, List<String> people, List<Writers.Answered> answered,
                           List<ConsumerRecord<String, byte[]>> records) {
        record Event(long position, String id, String person) {
        }
        String[] them = people.toArray(String[]::new);
        Map<Long, Event> events = new HashMap<>();
        jdbc.sql("""
                        SELECT globalindex, eventidentifier, aggregateidentifier FROM domainevententry
                        WHERE aggregateidentifier = ANY (?) AND payloadtype LIKE '%.CapabilityEvidenced'""")
                .param((Object) them)
                .query((rs, row) -> new Event(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list().forEach(event -> events.put(event.position(), event));
        List<Long> rows = jdbc.sql("SELECT event_position FROM career_capital_evidence WHERE employee_id = ANY (?)")
                .param((Object) them).query(Long.class).list();
        Set<Long> rowPositions = new HashSet<>(rows);

        Map<String, byte[]> firstRecord = new HashMap<>();
        long duplicates = 0;
        long conflicting = 0;
        for (ConsumerRecord<String, byte[]> record : records) {
            String id = JSON.readTree(record.value()).get("id").asString();
            byte[] earlier = firstRecord.putIfAbsent(id, record.value());
            if (earlier != null) {
                if (Arrays.equals(earlier, record.value())) {
                    duplicates++;
                } else {
                    conflicting++;
                }
            }
        }

        Set<Long> answeredPositions = new HashSet<>();
        long notInStore = 0;
        long notInReadModel = 0;
        long notOnTopic = 0;
        long lost = 0;
        for (Writers.Answered command : answered) {
            answeredPositions.add(command.position());
            Event event = events.get(command.position());
            boolean stored = event != null && event.person().equals(command.person());
            boolean read = rowPositions.contains(command.position());
            boolean published = stored && firstRecord.containsKey(event.id());
            notInStore += stored ? 0 : 1;
            notInReadModel += read ? 0 : 1;
            notOnTopic += published ? 0 : 1;
            lost += stored && read && published ? 0 : 1;
        }
        long eventsUnaccounted = events.keySet().stream().filter(position -> !answeredPositions.contains(position))
                .count();
        long rowsWithoutEvent = rowPositions.stream().filter(position -> !events.containsKey(position)).count();
        long secondRows = rows.size() - rowPositions.size();

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("answeredButNotInTheStore", notInStore);
        details.put("answeredButNotInTheReadModel", notInReadModel);
        details.put("answeredButNotOnTheTopic", notOnTopic);
        details.put("eventsNoAnsweredCommandAccountsFor", eventsUnaccounted);
        details.put("rowsWithoutAnEvent", rowsWithoutEvent);
        details.put("secondRowsForOneEvent", secondRows);
        return new WriteEffects(lost, eventsUnaccounted + rowsWithoutEvent + secondRows, duplicates, conflicting,
                details);
    }
}
