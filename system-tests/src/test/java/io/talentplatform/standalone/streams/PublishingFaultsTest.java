package io.talentplatform.standalone.streams;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TestTeam;
import io.talentplatform.platform.testing.TopicReader;
import io.talentplatform.projections.publishing.TalentEventsPublisher;
import io.talentplatform.standalone.Catalogue;
import io.talentplatform.standalone.StandaloneTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults lose nothing: the publisher's processor is stopped in the middle of a burst and started again. Every event
 * arrives, in order per person, and a redelivery repeats the same id with the same content.
 */
@StandaloneTest
class PublishingFaultsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void stoppingThePublisherInTheMiddleOfABurstLosesNothing() throws Exception {
        TestTeam team = TestTeam.register(port);
        Catalogue.ensure(team.hr(), "skill-0", "skill-1", "skill-2", "skill-3", "skill-4", "skill-5", "skill-6", "skill-7");
        String ada = team.employee();
        team.asEmployee().put("/api/v1/employees/" + ada + "/consent",
                "{\"marketplaceVisible\":true,\"successionDiscoverable\":false,\"share\":[\"CAPABILITIES\"]}").ok();
        long before = record(team, ada, 0);
        // Long enough that the publisher is stopped, and stays stopped, while commands are still being written: 400
        // were all written before the stop completed once commands got faster.
        int burst = 2_000;
        AtomicInteger writtenSoFar = new AtomicInteger();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 1; i <= burst; i++) {
                record(team, ada, i);
                writtenSoFar.incrementAndGet();
            }
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> ids(TopicReader.readKey("talent.events.v1", ada))
                .size() > 30);
        StreamingEventProcessor publisher = processing
                .eventProcessor(TalentEventsPublisher.NAME, StreamingEventProcessor.class).orElseThrow();
        publisher.shutdownAsync().get();
        int publishedAtStop;
        try {
            publishedAtStop = ids(TopicReader.readKey("talent.events.v1", ada)).size();
            assertThat(writer.isDone()).as("stopped while the burst was still being written").isFalse();
            writer.join();
        } finally {
            // Started again whatever happened: other classes may share this platform and its publisher.
            publisher.start();
        }
        assertThat(publishedAtStop).isLessThan(burst + 2);

        List<String> written = jdbc.sql("""
                        SELECT eventidentifier FROM domainevententry
                        WHERE aggregateidentifier = ? AND payloadtype LIKE '%CapabilityEvidenced' AND globalindex > ?
                        ORDER BY globalindex""")
                .params(ada, before).query(String.class).list();
        assertThat(written).hasSize(burst);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> ids(TopicReader.readKey("talent.events.v1", ada)).containsAll(written));
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readKey("talent.events.v1", ada);
        List<String> arrived = new ArrayList<>(ids(records));
        arrived.retainAll(written);
        assertThat(arrived).isEqualTo(written);
        assertSameContentPerId(records);
    }

    /** Records a capability for the person as their manager; returns the event position. */
    private long record(TestTeam team, String person, int i) {
        return team.asManager().post("/api/v1/employees/" + person + "/capabilities", """
                {"capability":"skill-%d","level":%d,"evidence":"observed %d","source":"REVIEW","observedOn":"%s"}"""
                .formatted(i % 8, 1 + i % 5, i, LocalDate.now().minusDays(1))).ok().position();
    }

    /** A redelivered CloudEvent is the same record again: same id, same bytes. */
    private static void assertSameContentPerId(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, byte[]> byId = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            String id = JSON.readTree(record.value()).get("id").asString();
            byte[] first = byId.putIfAbsent(id, record.value());
            if (first != null) {
                assertThat(Arrays.equals(first, record.value())).as("redelivery of " + id).isTrue();
            }
        }
    }

    /** The CloudEvent ids of the records, first occurrences in topic order. */
    private static List<String> ids(List<ConsumerRecord<String, byte[]>> records) {
        Set<String> ids = new LinkedHashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.value() != null) {
                ids.add(JSON.readTree(record.value()).get("id").asString());
            }
        }
        return new ArrayList<>(ids);
    }

}
