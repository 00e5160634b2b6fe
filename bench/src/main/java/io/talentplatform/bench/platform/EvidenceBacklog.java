package io.talentplatform.bench.platform;

import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.EvidenceSource;
import io.talentplatform.testkit.synthetic.HistoryAppender;
import io.talentplatform.testkit.synthetic.SyntheticEvent;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * New capability evidence for registered people, appended straight to the event store (each person's stream
 * continued at its next sequence number), round robin over the people: a backlog for whatever streaming processors
 * are measured on it, without the command side's cost.
 */
public final class EvidenceBacklog {

    private EvidenceBacklog() {
    }

    /**
     * Appends {@code events} pieces of evidence about {@code people}, recorded by {@code manager}, each naming one of
     * {@code capabilities} distinct capabilities ({@code prefix-0} ...), so a person's capability map stays small.
     */
    public static void append(PlatformUnderTest platform, List<String> people, String manager, int events,
                              String prefix, int capabilities) {
        HistoryAppender appender = new HistoryAppender(platform.bean(EventStore.class),
                platform.bean(TransactionManager.class), HistoryAppender.DEFAULT_BATCH);
        Map<String, Long> next = new LinkedHashMap<>();
        for (String person : people) {
            next.put(person, platform.jdbc().sql("""
                            SELECT coalesce(max(sequencenumber), -1) + 1 FROM domainevententry
                            WHERE aggregateidentifier = ?""").param(person).query(Long.class).single());
        }
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < events; i++) {
            String person = people.get(i % people.size());
            long sequence = next.merge(person, 1L, Long::sum) - 1;
            appender.accept(new SyntheticEvent("Employee", person, sequence, UUID.randomUUID().toString(), now,
                    new CapabilityEvidenced(person, UUID.randomUUID(), prefix + "-" + (i % capabilities),
                            1 + i % 5, "shipped the backlog item " + i, EvidenceSource.REVIEW, today, null),
                    manager, "MANAGER"));
        }
        appender.flush();
    }
}
