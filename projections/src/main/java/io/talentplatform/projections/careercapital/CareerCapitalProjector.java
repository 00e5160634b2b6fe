package io.talentplatform.projections.careercapital;

import io.talentplatform.events.employee.CapabilityEvidenced;
import io.talentplatform.events.employee.ConsentRecorded;
import io.talentplatform.events.employee.EmployeeRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Builds the Career Capital profile: the person, their Human Capital evidence and their consent. Every write is an
 * upsert keyed by what the event identifies, so applying an event twice leaves the same rows; a reset empties the
 * tables so that a replay rebuilds them from the log alone.
 */
@Component
@ProcessingGroup(CareerCapitalProjector.NAME)
public class CareerCapitalProjector {

    public static final String NAME = "career-capital";

    private final JdbcClient jdbc;

    public CareerCapitalProjector(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(EmployeeRegistered event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO career_capital_profile
                            (employee_id, display_name, job_title, level, function, manager_id, registered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (employee_id) DO UPDATE SET display_name = EXCLUDED.display_name,
                            job_title = EXCLUDED.job_title, level = EXCLUDED.level, function = EXCLUDED.function,
                            manager_id = EXCLUDED.manager_id, registered_at = EXCLUDED.registered_at""")
                .params(event.employeeId(), event.displayName(), event.jobTitle(), event.level(), event.function(),
                        event.managerId(), Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(CapabilityEvidenced event, @org.axonframework.eventhandling.Timestamp Instant at, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO career_capital_evidence (evidence_id, employee_id, capability, level, evidence,
                            source, observed_on, conversation_id, recorded_at, event_position)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (evidence_id) DO NOTHING""")
                .params(event.evidenceId(), event.employeeId(), event.capability(), event.level(), event.evidence(),
                        event.source().name(), event.observedOn(), event.conversationId(), Timestamp.from(at),
                        token.position().orElse(0))
                .update();
    }

    @EventHandler
    void on(ConsentRecorded event) {
        jdbc.sql("""
                        UPDATE career_capital_profile
                        SET marketplace_visible = ?, succession_discoverable = ?, shared_scopes = ?::text[]
                        WHERE employee_id = ?""")
                .params(event.marketplaceVisible(), event.successionDiscoverable(),
                        textArray(event.share().stream().map(Enum::name).sorted().toList()), event.employeeId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE career_capital_evidence, career_capital_profile").update();
    }

    static String textArray(java.util.List<String> values) {
        return "{" + String.join(",", values) + "}";
    }
}
