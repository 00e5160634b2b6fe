package io.talentplatform.projections.publishing;

import io.talentplatform.platform.axon.Processors;
import io.talentplatform.events.employee.AspirationStated;
import io.talentplatform.events.employee.CapabilityEvidenceWithdrawn;
import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.ReadinessWithdrawn;
import io.talentplatform.events.employee.ConsentRecorded;
import io.talentplatform.events.employee.EmployeeDeparted;
import io.talentplatform.events.employee.EmployeeMoved;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.events.employee.PersonalDataErased;
import io.talentplatform.events.employee.ReadinessAssessed;
import io.talentplatform.events.employee.ShareScope;
import io.talentplatform.projections.TextArray;
import io.talentplatform.projections.publishing.PublicContract.ProfileAspirationV1;
import io.talentplatform.projections.publishing.PublicContract.ProfileCapabilityV1;
import io.talentplatform.projections.publishing.PublicContract.ProfileReadinessV1;
import io.talentplatform.projections.publishing.PublicContract.ProfileV1;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Keeps {@code talent.profiles.v1} (compacted) holding the latest marketplace profile of every consenting person: after
 * each change of a visible person, their whole profile is published again under their id; when they withdraw
 * consent, leave or are erased, a tombstone. A consumer reading the topic from the beginning therefore ends with
 * exactly the current consented profiles. What a profile shows follows the person's share scopes.
 */
@Component
@ProcessingGroup(TalentProfilesPublisher.NAME)
public class TalentProfilesPublisher {

    public static final String NAME = Processors.PROFILES_PUBLISHER;

    private final KafkaSends sends;
    private final PublicContract contract;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    public TalentProfilesPublisher(KafkaSends sends, PublicContract contract, JdbcClient jdbc, JsonMapper json) {
        this.sends = sends;
        this.contract = contract;
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(EmployeeRegistered event) {
        jdbc.sql("""
                        INSERT INTO publisher_profile (employee_id, job_title, level, function) VALUES (?, ?, ?, ?)
                        ON CONFLICT (employee_id) DO UPDATE SET job_title = EXCLUDED.job_title,
                            level = EXCLUDED.level, function = EXCLUDED.function""")
                .params(event.employeeId(), event.jobTitle(), event.level(), event.function())
                .update();
    }

    @EventHandler
    void on(ConsentRecorded event, EventMessage<?> message) {
        jdbc.sql("UPDATE publisher_profile SET marketplace_visible = ?, shared_scopes = ?::text[] WHERE employee_id = ?")
                .params(event.marketplaceVisible(),
                        TextArray.of(event.share().stream().map(Enum::name).sorted().toList()), event.employeeId())
                .update();
        republish(event.employeeId(), message);
    }

    /**
     * The latest observation of a capability is the level the profile shows, with the catalogue version it was
     * named in. Its evidence id is kept to know whether a withdrawal takes the level away.
     */
    @EventHandler
    void on(CapabilityEvidenced event, EventMessage<?> message) {
        int changed = jdbc.sql("""
                        UPDATE publisher_profile
                        SET capabilities = capabilities || jsonb_build_object(CAST(? AS text),
                            jsonb_build_object('level', ?, 'observedOn', CAST(? AS text), 'evidenceId',
                                CAST(? AS text), 'catalogueVersion', CAST(? AS bigint)))
                        WHERE employee_id = ?
                          AND coalesce(capabilities -> CAST(? AS text) ->> 'observedOn', '') <= CAST(? AS text)""")
                .params(event.capability(), event.level(), event.observedOn().toString(),
                        event.evidenceId().toString(), event.catalogueVersion(), event.employeeId(),
                        event.capability(), event.observedOn().toString())
                .update();
        if (changed > 0) {
            republish(event.employeeId(), message);
        }
    }

    /** A withdrawn latest observation takes the capability off the profile, as it does in the talent pool. */
    @EventHandler
    void on(CapabilityEvidenceWithdrawn event, EventMessage<?> message) {
        int changed = jdbc.sql("""
                        UPDATE publisher_profile SET capabilities = capabilities - CAST(? AS text)
                        WHERE employee_id = ? AND capabilities -> CAST(? AS text) ->> 'evidenceId' = ?""")
                .params(event.capability(), event.employeeId(), event.capability(), event.evidenceId().toString())
                .update();
        if (changed > 0) {
            republish(event.employeeId(), message);
        }
    }

    @EventHandler
    void on(ReadinessWithdrawn event, EventMessage<?> message) {
        String target = event.roleId() != null ? "ROLE:" + event.roleId() : "FAMILY:" + event.roleFamily();
        jdbc.sql("UPDATE publisher_profile SET readiness = readiness - CAST(? AS text) WHERE employee_id = ?")
                .params(target, event.employeeId())
                .update();
        republish(event.employeeId(), message);
    }

    @EventHandler
    void on(AspirationStated event, EventMessage<?> message) {
        jdbc.sql("""
                        UPDATE publisher_profile SET direction = ?, target_role_families = ?::text[], horizon_years = ?,
                            share_direction = ?
                        WHERE employee_id = ?""")
                .params(event.direction().name(), TextArray.of(event.targetRoleFamilies()), event.horizonYears(),
                        event.shareDirection(), event.employeeId())
                .update();
        republish(event.employeeId(), message);
    }

    @EventHandler
    void on(ReadinessAssessed event, EventMessage<?> message) {
        String target = event.roleId() != null ? "ROLE:" + event.roleId() : "FAMILY:" + event.roleFamily();
        jdbc.sql("""
                        UPDATE publisher_profile SET readiness = readiness || jsonb_build_object(CAST(? AS text),
                            CAST(? AS text))
                        WHERE employee_id = ?""")
                .params(target, event.readiness().name(), event.employeeId())
                .update();
        republish(event.employeeId(), message);
    }

    @EventHandler
    void on(EmployeeMoved event, EventMessage<?> message) {
        jdbc.sql("UPDATE publisher_profile SET job_title = ?, level = ?, function = ? WHERE employee_id = ?")
                .params(event.jobTitle(), event.level(), event.function(), event.employeeId()).update();
        republish(event.employeeId(), message);
    }

    @EventHandler
    void on(EmployeeDeparted event, EventMessage<?> message) {
        jdbc.sql("UPDATE publisher_profile SET employed = FALSE WHERE employee_id = ?").param(event.employeeId())
                .update();
        republish(event.employeeId(), message);
    }

    /** Erasure always ends with a tombstone, whatever was published before. */
    @EventHandler
    void on(PersonalDataErased event) {
        jdbc.sql("""
                        UPDATE publisher_profile SET erased = TRUE, marketplace_visible = FALSE, shared_scopes = '{}',
                            capabilities = '{}', direction = NULL, target_role_families = '{}', readiness = '{}',
                            published = FALSE
                        WHERE employee_id = ?""")
                .param(event.employeeId()).update();
        sends.tombstone(TalentTopics.PROFILES, event.employeeId());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE publisher_profile").update();
    }

    /** The person's whole profile while they are in the marketplace; a tombstone once they are no longer. */
    private void republish(String employeeId, EventMessage<?> message) {
        Optional<Row> found = jdbc.sql("""
                        SELECT employee_id, job_title, level, function, employed AND NOT erased AND marketplace_visible,
                            shared_scopes, capabilities::text, direction, target_role_families, horizon_years,
                            share_direction, readiness::text, published
                        FROM publisher_profile WHERE employee_id = ?""")
                .param(employeeId)
                .query(this::row)
                .optional();
        if (found.isEmpty()) {
            return;
        }
        Row row = found.get();
        if (row.visible()) {
            sends.cloudEvent(TalentTopics.PROFILES, employeeId,
                    contract.profile(message.getIdentifier(), message.getTimestamp(), row.profile()));
            // Most changes are to someone already published: no write (and no dead row version) for those.
            if (!row.published()) {
                markPublished(employeeId, true);
            }
        } else if (row.published()) {
            sends.tombstone(TalentTopics.PROFILES, employeeId);
            markPublished(employeeId, false);
        }
    }

    private void markPublished(String employeeId, boolean published) {
        jdbc.sql("UPDATE publisher_profile SET published = ? WHERE employee_id = ?").params(published, employeeId)
                .update();
    }

    private Row row(ResultSet rs, int row) throws SQLException {
        Set<String> scopes = Set.of((String[]) rs.getArray(6).getArray());
        List<ProfileCapabilityV1> capabilities = null;
        if (scopes.contains(ShareScope.CAPABILITIES.name())) {
            capabilities = new ArrayList<>();
            for (Map.Entry<String, JsonNode> held : sortedFields(rs.getString(7)).entrySet()) {
                JsonNode version = held.getValue().get("catalogueVersion");
                capabilities.add(new ProfileCapabilityV1(held.getKey(), held.getValue().get("level").asInt(),
                        LocalDate.parse(held.getValue().get("observedOn").asString()),
                        version == null || version.isNull() ? null : version.asLong()));
            }
        }
        ProfileAspirationV1 aspiration = null;
        if (scopes.contains(ShareScope.ASPIRATION.name()) && rs.getBoolean(11) && rs.getString(8) != null) {
            aspiration = new ProfileAspirationV1(rs.getString(8), List.of((String[]) rs.getArray(9).getArray()),
                    (Integer) rs.getObject(10));
        }
        List<ProfileReadinessV1> readiness = null;
        if (scopes.contains(ShareScope.READINESS.name())) {
            readiness = new ArrayList<>();
            for (Map.Entry<String, JsonNode> assessed : sortedFields(rs.getString(12)).entrySet()) {
                String[] target = assessed.getKey().split(":", 2);
                readiness.add(new ProfileReadinessV1("ROLE".equals(target[0]) ? target[1] : null,
                        "FAMILY".equals(target[0]) ? target[1] : null, assessed.getValue().asString()));
            }
        }
        return new Row(rs.getBoolean(5), rs.getBoolean(13), new ProfileV1(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), capabilities, aspiration, readiness));
    }

    /** A JSON object's fields by name, so a profile lists them in the same order every time. */
    private Map<String, JsonNode> sortedFields(String object) {
        Map<String, JsonNode> sorted = new TreeMap<>();
        json.readTree(object).properties().forEach(field -> sorted.put(field.getKey(), field.getValue()));
        return sorted;
    }

    private record Row(boolean visible, boolean published, ProfileV1 profile) {
    }
}
