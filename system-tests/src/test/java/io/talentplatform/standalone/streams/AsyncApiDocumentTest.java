package io.talentplatform.standalone.streams;

import io.talentplatform.projections.publishing.TalentTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.support.PropertySourcesPlaceholderConfigurer;
import org.springframework.core.env.MapPropertySource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/asyncapi.yaml says what is published: every type with a schema in docs/events (MarketplaceStreamsTest checks
 * that those are exactly the types published) is a message of the document, every topic the projections create is a
 * channel with the cleanup policy the topic is created with, and every message of a channel carries the CloudEvent
 * envelope and its key. CI validates the document itself with the AsyncAPI parser (.ci/run).
 */
class AsyncApiDocumentTest {

    private static final Path DOCS = Path.of("..", "docs");

    @Test
    void everyPublishedTypeIsAMessageAndEveryMessageAPublishedType() throws IOException {
        Set<String> schemas = new HashSet<>();
        try (Stream<Path> files = Files.list(DOCS.resolve("events"))) {
            files.map(file -> file.getFileName().toString().replace(".json", "")).forEach(schemas::add);
        }
        Set<String> messages = new HashSet<>();
        messages().forEach((key, message) -> messages.add(String.valueOf(message.get("name"))));
        messages.remove("tombstone");
        assertThat(messages).containsExactlyInAnyOrderElementsOf(schemas);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyTopicIsAChannelWithTheCleanupPolicyItIsCreatedWith() throws IOException {
        Map<String, String> created = new HashMap<>();
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("topics",
                    Map.of("talent.kafka.partitions", 1, "talent.kafka.replication-factor", 1)));
            context.register(PropertySourcesPlaceholderConfigurer.class, TalentTopics.class);
            context.refresh();
            context.getBeansOfType(NewTopic.class).values().forEach(topic -> created.put(topic.name(),
                    topic.configs() == null ? TopicConfig.CLEANUP_POLICY_DELETE
                            : topic.configs().getOrDefault(TopicConfig.CLEANUP_POLICY_CONFIG,
                            TopicConfig.CLEANUP_POLICY_DELETE)));
        }
        Map<String, String> documented = new HashMap<>();
        Map<String, Object> channels = (Map<String, Object>) document().get("channels");
        channels.values().forEach(value -> {
            Map<String, Object> channel = (Map<String, Object>) value;
            Map<String, Object> kafka = (Map<String, Object>) ((Map<String, Object>) channel.get("bindings"))
                    .get("kafka");
            assertThat(kafka.get("topic")).isEqualTo(channel.get("address"));
            List<String> policy = (List<String>) ((Map<String, Object>) kafka.get("topicConfiguration"))
                    .get("cleanup.policy");
            documented.put(String.valueOf(channel.get("address")), String.join(",", policy));
        });
        assertThat(documented).isEqualTo(created).containsKeys(TalentTopics.EVENTS, TalentTopics.PROFILES,
                TalentTopics.OPENINGS);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyMessageWithAValueIsACloudEventWithAKey() throws IOException {
        Map<String, Object> components = (Map<String, Object>) document().get("components");
        Map<String, Object> traits = (Map<String, Object>) components.get("messageTraits");
        Map<String, Object> envelope = (Map<String, Object>) ((Map<String, Object>) components.get("schemas"))
                .get("cloudEvent");
        assertThat((List<String>) envelope.get("required"))
                .contains("specversion", "id", "source", "type", "dataschema", "subject", "time", "data");
        messages().forEach((key, message) -> {
            if (message.containsKey("payload")) {
                Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) message.get("payload"))
                        .get("schema");
                assertThat(String.valueOf(schema.get("allOf"))).as(key)
                        .contains("#/components/schemas/cloudEvent")
                        .contains("events/" + message.get("name") + ".json");
                List<Map<String, Object>> used = (List<Map<String, Object>>) message.get("traits");
                assertThat(used).as(key + "'s traits").hasSize(1);
                String trait = String.valueOf(used.get(0).get("$ref")).replace("#/components/messageTraits/", "");
                Map<String, Object> kafka = (Map<String, Object>) ((Map<String, Object>)
                        ((Map<String, Object>) traits.get(trait)).get("bindings")).get("kafka");
                assertThat(kafka).as(key + "'s key").containsKey("key");
            } else {
                assertThat(String.valueOf(message.get("bindings"))).as(key + ", a tombstone").contains("key");
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> messages() throws IOException {
        return (Map<String, Map<String, Object>>) ((Map<String, Object>) document().get("components")).get("messages");
    }

    private static Map<String, Object> document() throws IOException {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(DOCS.resolve("asyncapi.yaml")));
    }
}
