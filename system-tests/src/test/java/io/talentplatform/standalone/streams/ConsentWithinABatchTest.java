package io.talentplatform.standalone.streams;

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
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The events publisher remembers a person's consent for the length of a batch. A withdrawal and a renewal inside one
 * batch must still decide every event by the consent in force when it happened: evidence recorded while withdrawn
 * never reaches the marketplace, evidence before and after does.
 */
@StandaloneTest
class ConsentWithinABatchTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aWithdrawalInTheMiddleOfABatchHoldsBackWhatFollowsIt() throws Exception {
        TestTeam team = TestTeam.register(port);
        Catalogue.ensure(team.hr(), "before-withdrawal", "while-withdrawn", "after-renewal");
        String ada = team.employee();
        StreamingEventProcessor publisher = processing
                .eventProcessor(TalentEventsPublisher.NAME, StreamingEventProcessor.class).orElseThrow();
        publisher.shutdownAsync().get();
        try {
            consent(team, ada, true);
            record(team, ada, "before-withdrawal");
            consent(team, ada, false);
            record(team, ada, "while-withdrawn");
            consent(team, ada, true);
            record(team, ada, "after-renewal");
        } finally {
            publisher.start();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> capabilities(ada).contains("after-renewal"));
        assertThat(capabilities(ada)).contains("before-withdrawal").doesNotContain("while-withdrawn");
    }

    private static void consent(TestTeam team, String person, boolean visible) {
        team.asEmployee().put("/api/v1/employees/" + person + "/consent",
                "{\"marketplaceVisible\":%s,\"successionDiscoverable\":false,\"share\":[\"CAPABILITIES\"]}"
                        .formatted(visible)).ok();
    }

    private static void record(TestTeam team, String person, String capability) {
        team.asManager().post("/api/v1/employees/" + person + "/capabilities", """
                {"capability":"%s","level":3,"evidence":"observed","source":"REVIEW","observedOn":"%s"}"""
                .formatted(capability, LocalDate.now().minusDays(1))).ok();
    }

    /** The capabilities named by the person's records on the events topic. */
    private static List<String> capabilities(String person) {
        return TopicReader.readKey("talent.events.v1", person).stream()
                .map(ConsumerRecord::value).filter(Objects::nonNull)
                .map(value -> JSON.readTree(value).path("data").path("capability").asString(null))
                .filter(Objects::nonNull).toList();
    }
}
