package io.talentplatform.projections.publishing;

import io.talentplatform.platform.axon.Processors;
import io.cloudevents.CloudEvent;
import io.talentplatform.events.employee.AspirationStated;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.ConsentRecorded;
import io.talentplatform.events.employee.EmployeeMoved;
import io.talentplatform.events.employee.PersonalDataErased;
import io.talentplatform.events.employee.ReadinessAssessed;
import io.talentplatform.events.employee.ShareScope;
import io.talentplatform.projections.TextArray;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Publishes consented, non-confidential changes to {@code talent.events.v1}, keyed by employee id: capabilities
 * (under CAPABILITIES), readiness (under READINESS), the aspiration's direction and families (under ASPIRATION, and
 * only if the person stated it as shared), moves, and consent changes themselves.
 *
 * <p>A streaming processor whose token moves only past events the broker acknowledged ({@link KafkaSends}).
 * Delivery is at least once, in order per person: all of a person's events are in one segment (Axon sequences by
 * aggregate) and one partition (the key). Consent is tracked in this processor's own table, so the decision for an
 * event is made in the order the person's events happened, whatever other processors do.
 */
@Component
@ProcessingGroup(TalentEventsPublisher.NAME)
public class TalentEventsPublisher {

    public static final String NAME = Processors.EVENTS_PUBLISHER;
    private static final String KNOWN_CONSENT = TalentEventsPublisher.class.getName() + ".consent";
    /** The events whose handlers ask for the person's consent: each is in the person's own stream. */
    private static final Set<Class<?>> ABOUT_A_PERSON = Set.of(CapabilityEvidenced.class, ReadinessAssessed.class,
            AspirationStated.class, EmployeeMoved.class, ConsentRecorded.class);

    private final KafkaSends sends;
    private final PublicContract contract;
    private final JdbcClient jdbc;

    public TalentEventsPublisher(KafkaSends sends, PublicContract contract, JdbcClient jdbc) {
        this.sends = sends;
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
    void on(ReadinessAssessed event, EventMessage<?> message) {
        if (shares(event.employeeId(), ShareScope.READINESS)) {
            publish(event.employeeId(), contract.readinessAssessed(message.getIdentifier(), message.getTimestamp(),
                    event));
        }
    }

    @EventHandler
    void on(AspirationStated event, EventMessage<?> message) {
        if (event.shareDirection() && shares(event.employeeId(), ShareScope.ASPIRATION)) {
            publish(event.employeeId(), contract.aspirationStated(message.getIdentifier(), message.getTimestamp(),
                    event));
        }
    }

    @EventHandler
    void on(EmployeeMoved event, EventMessage<?> message) {
        if (consent(event.employeeId()).map(Consent::marketplaceVisible).orElse(false)) {
            publish(event.employeeId(), contract.employeeMoved(message.getIdentifier(), message.getTimestamp(),
                    event));
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
        forgetConsent(event.employeeId());
        if (wasVisible || event.marketplaceVisible()) {
            publish(event.employeeId(), contract.consentChanged(message.getIdentifier(), message.getTimestamp(),
                    event));
        }
    }

    /** Erasure: nothing more of the person is published. The events topic never carried names or free texts. */
    @EventHandler
    void on(PersonalDataErased event) {
        jdbc.sql("UPDATE publisher_consent SET marketplace_visible = FALSE, shared_scopes = '{}' WHERE employee_id = ?")
                .param(event.employeeId()).update();
        forgetConsent(event.employeeId());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE publisher_consent").update();
    }

    private boolean shares(String employeeId, ShareScope scope) {
        return consent(employeeId).filter(c -> c.marketplaceVisible() && c.scopes().contains(scope.name()))
                .isPresent();
    }

    /**
     * The person's consent as this processor last recorded it. A batch reads the consent of everyone its events are
     * about in one query, the first time it asks (a backlog read it once per person and batch, a round trip each):
     * the answers are kept in the batch's unit of work, and one is forgotten whenever this processor writes the
     * person's consent, so the next question reads its own write.
     */
    private Optional<Consent> consent(String employeeId) {
        if (!CurrentUnitOfWork.isStarted()) {
            return load(employeeId);
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.<Map<String, Optional<Consent>>>getOrComputeResource(KNOWN_CONSENT, key -> loadAll(people(batch)))
                .computeIfAbsent(employeeId, this::load);
    }

    /** Whom the batch's events are about: a person's events are their own stream's. */
    private static List<String> people(UnitOfWork<?> batch) {
        if (!(batch instanceof BatchingUnitOfWork<?> events)) {
            return List.of();
        }
        return events.getMessages().stream()
                .filter(message -> message instanceof DomainEventMessage<?>
                        && ABOUT_A_PERSON.contains(message.getPayloadType()))
                .map(message -> ((DomainEventMessage<?>) message).getAggregateIdentifier())
                .distinct().toList();
    }

    /** Everyone's recorded consent; someone with none recorded is known to have none. */
    private Map<String, Optional<Consent>> loadAll(List<String> people) {
        Map<String, Optional<Consent>> known = new HashMap<>();
        people.forEach(person -> known.put(person, Optional.empty()));
        if (!people.isEmpty()) {
            jdbc.sql("""
                            SELECT employee_id, marketplace_visible, shared_scopes FROM publisher_consent
                            WHERE employee_id = ANY (?::text[])""")
                    .param(people.toArray(String[]::new))
                    .query(rs -> {
                        known.put(rs.getString(1), Optional.of(new Consent(rs.getBoolean(2),
                                Set.of((String[]) rs.getArray(3).getArray()))));
                    });
        }
        return known;
    }

    private void forgetConsent(String employeeId) {
        if (CurrentUnitOfWork.isStarted()) {
            Map<String, Optional<Consent>> known = CurrentUnitOfWork.get().root().getResource(KNOWN_CONSENT);
            if (known != null) {
                known.remove(employeeId);
            }
        }
    }

    private Optional<Consent> load(String employeeId) {
        return loadAll(List.of(employeeId)).get(employeeId);
    }

    private void publish(String key, CloudEvent event) {
        sends.cloudEvent(TalentTopics.EVENTS, key, event);
    }

    private record Consent(boolean marketplaceVisible, Set<String> scopes) {
    }
}
