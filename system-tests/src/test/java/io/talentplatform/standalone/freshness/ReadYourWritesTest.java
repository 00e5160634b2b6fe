package io.talentplatform.standalone.freshness;

import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TestTeam;
import io.talentplatform.query.freshness.ProcessedPositions;
import io.talentplatform.standalone.OwnPlatform;
import io.talentplatform.standalone.StandaloneTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read with {@code minPosition} waits for exactly the events its read model handles. Axon stores a tracking
 * processor's token past an event it has no handler for only once a second has gone by without one it has, so
 * counting those as waiting made every such read take a second. With the processor stopped, nothing moves: what
 * counts as processed is decided by the event types alone. A platform of its own: an event another class's
 * deadline appends while the processor is stopped would be waited for, rightly.
 */
@StandaloneTest
@OwnPlatform
class ReadYourWritesTest {

    private static final String FOLLOW_THROUGH = "follow-through";

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ProcessedPositions positions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEventTheReadModelIgnoresIsProcessedAtOnceAndOneItHandlesIsWaitedFor() throws Exception {
        assertThat(jdbc.sql("SELECT payload_type FROM processor_ignored_type WHERE processor_name = ?")
                .param(FOLLOW_THROUGH).query(String.class).list())
                .as("written by the projections service as it started, from Axon's own handler lookup")
                .contains("io.talentplatform.events.employee.ConsentRecorded")
                .doesNotContain("io.talentplatform.events.conversation.ConversationScheduled");
        TestTeam team = TestTeam.register(port);
        positions.await(FOLLOW_THROUGH, team.settle());
        StreamingEventProcessor followThrough = processing
                .eventProcessor(FOLLOW_THROUGH, StreamingEventProcessor.class).orElseThrow();
        followThrough.shutdownAsync().get();
        long scheduled;
        try {
            Answer consent = team.asEmployee().put("/api/v1/employees/" + team.employee() + "/consent",
                    "{\"marketplaceVisible\":true,\"successionDiscoverable\":true,\"share\":[\"CAPABILITIES\"]}");
            assertThat(consent.status()).as(consent.toString()).isEqualTo(200);
            assertThat(positions.processed(FOLLOW_THROUGH, consent.position()))
                    .as("a consent, which follow-through has no handler for, with the processor stopped").isTrue();

            Answer conversation = team.asManager().post("/api/v1/conversations", """
                    {"employeeId":"%s","kind":"FULL","trigger":"QUARTERLY","scheduledFor":"%s","plannedMinutes":60}"""
                    .formatted(team.employee(), Instant.now().plus(3, ChronoUnit.DAYS)));
            assertThat(conversation.status()).as(conversation.toString()).isEqualTo(201);
            scheduled = conversation.position();
            assertThat(positions.processed(FOLLOW_THROUGH, scheduled))
                    .as("a scheduled conversation, which follow-through handles, with the processor stopped").isFalse();
        } finally {
            followThrough.start();
        }
        positions.await(FOLLOW_THROUGH, scheduled);
    }
}
