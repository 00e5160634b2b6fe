package io.talentplatform.projections.publishing;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code marketplacePublishing} in {@code /actuator/health}: how far each Kafka publisher is behind the event log.
 * While the broker is down the publishers wait and retry, commands go on, and this lag grows; it falls back to zero
 * once they have caught up. The lag is counted from the slowest segment's token to the newest event, an upper
 * bound (some of those events are other segments'). The component stays UP: an outage shows in {@code kafka}.
 */
@Component("marketplacePublishing")
class PublishingLag extends AbstractHealthIndicator {

    static final List<String> PUBLISHERS = List.of(TalentEventsPublisher.NAME, TalentProfilesPublisher.NAME,
            TalentOpeningsPublisher.NAME);

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PublishingLag(JdbcClient jdbc, JsonMapper json) {
        super("Publishing lag check failed");
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long head = jdbc.sql("SELECT coalesce(max(globalindex), -1) FROM domainevententry").query(Long.class).single();
        Map<String, Object> lags = new LinkedHashMap<>();
        for (String publisher : PUBLISHERS) {
            List<Long> positions = jdbc.sql("SELECT token FROM tokenentry WHERE processorname = ?")
                    .param(publisher)
                    .query((rs, row) -> position(rs.getBytes(1)))
                    .list();
            if (positions.isEmpty()) {
                lags.put(publisher, Map.of("status", "not started"));
                continue;
            }
            long slowest = positions.stream().mapToLong(Long::longValue).min().orElse(-1);
            lags.put(publisher, Map.of("position", slowest, "lag", Math.max(0, head - slowest)));
        }
        builder.up().withDetail("head", head).withDetails(lags);
    }

    /** The index a (possibly replay-wrapped) tracking token, as Axon's Jackson serializer wrote it, has passed. */
    private long position(byte[] token) {
        JsonNode current = token == null ? null : json.readTree(token);
        while (current != null && current.has("currentToken")) {
            current = current.get("currentToken");
        }
        return current == null || !current.has("index") ? -1 : current.get("index").asLong();
    }
}
