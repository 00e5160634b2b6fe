package io.talentplatform.projections.publishing;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.ConsentRecorded;
import io.talentplatform.events.employee.PersonalDataErased;
import io.talentplatform.events.employee.ShareScope;
import io.talentplatform.projections.TextArray;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes consented, non-confidential changes to {@code talent.events.v1}, keyed by employee id.
 *
 * <p>A streaming processor: each send waits for the broker's acknowledgement ({@code acks=all}, idempotent
 * producer), so the processor's token only moves past events the broker has. When the broker is down the send
 * fails, the batch is retried with back-off, and nothing is skipped. Delivery is at least once, in order per person
 * (one segment per person's events, one partition per key). Consent is tracked here, in this processor's own
 * table, so that the decision for an event is made in the order the person's events happened.
 */
@Component
@ProcessingGroup(TalentEventsPublisher.NAME)
public class TalentEventsPublisher {

    public static final String NAME = "talent-events-publisher";
    private static final long ACK_TIMEOUT_SECONDS = 30;

    private final KafkaTemplate<String, byte[]> kafka;
    private final PublicContract contract;
    private final JdbcClient jdbc;
    private final EventFormat format = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    public TalentEventsPublisher(KafkaTemplate<String, byte[]> kafka, PublicContract contract, JdbcClient jdbc) {
        this.kafka = kafka;
        this.contract = contract;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CapabilityEvidenced event, EventMessage<?> message) {
        if (shares(event.employeeId(), ShareScope.CAPABILITIES)) {
            publish(event.employeeId(), contract.capabilityEvidenced(message.getIdentifier(),
                    message.getTimestamp(), event));
        }
    }

    @EventHandler
    void on(ConsentRecorded event, EventMessage<?> message) {
        boolean wasVisible = consent(event.employeeId()).map(Consent::marketplaceVisible).orElse(false);
        jdbc.sql("""
                        INSERT INTO publisher_consent (employee_id, marketplace_visible, shared_scopes)
                        VALUES (?, ?, ?::text[])
                        ON CONFLICT (employee_id) DO UPDATE SET marketplace_visible = EXCLUDED.marketplace_visible,
                            shared_scopes = EXCLUDED.shared_scopes""")
                .params(event.employeeId(), event.marketplaceVisible(),
                        TextArray.of(event.share().stream().map(Enum::name).sorted().toList()))
                .update();
        if (wasVisible || event.marketplaceVisible()) {
            publish(event.employeeId(), contract.consentChanged(message.getIdentifier(), message.getTimestamp(),
                    event));
        }
    }

    /**
     * Erasure: the person leaves the marketplace for good. Their profile is tombstoned on the compacted profiles
     * topic; the events topic never carried their name or free texts.
     */
    @EventHandler
    void on(PersonalDataErased event) {
        jdbc.sql("UPDATE publisher_consent SET marketplace_visible = FALSE, shared_scopes = '{}' WHERE employee_id = ?")
                .param(event.employeeId()).update();
        send(new ProducerRecord<>(TalentTopics.PROFILES, event.employeeId(), null), "tombstone of " + event.employeeId());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE publisher_consent").update();
    }

    private boolean shares(String employeeId, ShareScope scope) {
        return consent(employeeId).filter(c -> c.marketplaceVisible() && c.scopes().contains(scope.name()))
                .isPresent();
    }

    private Optional<Consent> consent(String employeeId) {
        return jdbc.sql("SELECT marketplace_visible, shared_scopes FROM publisher_consent WHERE employee_id = ?")
                .param(employeeId)
                .query((rs, row) -> new Consent(rs.getBoolean(1),
                        Set.of((String[]) rs.getArray(2).getArray())))
                .optional();
    }

    private void publish(String key, CloudEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(TalentTopics.EVENTS, key, format.serialize(event));
        record.headers().add("content-type", JsonFormat.CONTENT_TYPE.getBytes());
        send(record, event.getId());
    }

    /** Sends and waits for the broker's acknowledgement: the processor's token moves only past what the broker has. */
    private void send(ProducerRecord<String, byte[]> record, String what) {
        try {
            kafka.send(record).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + what, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("broker did not acknowledge " + what, e);
        }
    }

    private record Consent(boolean marketplaceVisible, Set<String> scopes) {
    }
}
