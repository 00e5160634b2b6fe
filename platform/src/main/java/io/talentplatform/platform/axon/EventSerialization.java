package io.talentplatform.platform.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.talentplatform.platform.privacy.PersonalDataModule;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.Map;

/**
 * How events, messages, snapshots and tokens are written: Axon's Jackson 2 serializer (chosen once, see
 * docs/architecture.md) with ISO-8601 dates, and the request metadata every event carries.
 */
@AutoConfiguration(after = io.talentplatform.platform.privacy.Privacy.class, beforeName = {
        "org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration",
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration"})
public class EventSerialization {

    /** Metadata keys copied from a command onto every event it causes: who, by which request, in which flow. */
    public static final String ACTOR = "actor";
    public static final String ACTOR_ROLES = "actorRoles";
    public static final String REQUEST_ID = "requestId";
    public static final String CORRELATION = "traceCorrelation";
    /** The W3C trace context of the request that sent the command (Tracing), copied onto its events like the rest. */
    public static final String TRACE_PARENT = "traceparent";
    /**
     * {@code "true"} on the events of a history appended whole (the synthetic organisation): such a history already
     * holds every consequence of its events, so the command side's same-transaction policies leave them alone.
     */
    public static final String IMPORTED = "importedHistory";
    /** Metadata keys stamped on every message a service creates: which service, in which build. */
    public static final String SERVICE = "service";
    public static final String SERVICE_VERSION = "serviceVersion";

    /**
     * Axon would otherwise build its own mapper that writes {@code Instant} as a decimal number. Unknown
     * properties are ignored so that an older reader survives a newer optional field. Personal fields are sealed
     * with their person's key ({@link PersonalDataModule}).
     */
    @Bean("defaultAxonObjectMapper")
    public ObjectMapper defaultAxonObjectMapper(PersonalDataModule personalData) {
        return eventJson().addModule(personalData).build();
    }

    /** The event JSON's settings, without the handling of personal fields: each reader of events adds its own. */
    public static JsonMapper.Builder eventJson() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Bean
    public PersistenceExceptionResolver postgresDuplicateKeys() {
        return new PostgresDuplicateKeys();
    }

    @Bean
    public CorrelationDataProvider requestMetadataProvider() {
        return new SimpleCorrelationDataProvider(ACTOR, ACTOR_ROLES, REQUEST_ID, CORRELATION, TRACE_PARENT);
    }

    /**
     * The service and build that recorded an event, for auditors (which code decided this?). The version is the
     * jar's Implementation-Version; classes run from a build directory say {@code development}.
     */
    @Bean
    public CorrelationDataProvider serviceOriginProvider(
            @Value("${spring.application.name:talent-platform}") String service) {
        String version = EventSerialization.class.getPackage().getImplementationVersion();
        Map<String, String> origin = Map.of(SERVICE, service, SERVICE_VERSION, version == null ? "development" : version);
        return message -> origin;
    }

    /** Old revisions read in today's shape, wherever events are read (Axon registers every upcaster bean). */
    @Bean
    public CapabilityEvidencedUpcaster capabilityEvidencedUpcaster() {
        return new CapabilityEvidencedUpcaster();
    }

    /** After {@link #capabilityEvidencedUpcaster}: a revision-1 event reads as 2, then as 3. */
    @Bean
    public CatalogueVersionUpcaster catalogueVersionUpcaster() {
        return new CatalogueVersionUpcaster();
    }

    @Bean
    public ConversationCompletedUpcaster conversationCompletedUpcaster() {
        return new ConversationCompletedUpcaster();
    }

    @Bean
    public AspirationStatedUpcaster aspirationStatedUpcaster() {
        return new AspirationStatedUpcaster();
    }

    /** Declared here because declaring any provider replaces Axon's default one. */
    @Bean
    public CorrelationDataProvider originCorrelationProvider() {
        return new MessageOriginProvider();
    }
}
