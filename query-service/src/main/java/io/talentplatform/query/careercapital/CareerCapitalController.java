package io.talentplatform.query.careercapital;

import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Role;
import io.talentplatform.platform.time.PlatformClock;
import io.talentplatform.query.freshness.ProcessedPositions;
import jakarta.validation.constraints.Min;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "What is this person's Career Capital map?" Answered to the person and their current manager, from the Career
 * Capital profile read model. Evidence ages: past twelve months it is flagged stale.
 */
@RestController
@Validated
class CareerCapitalController {

    static final String READ_MODEL = "career-capital";
    private static final long STALE_AFTER_MONTHS = 12;

    private final JdbcClient jdbc;
    private final ProcessedPositions positions;
    private final PlatformClock clock;

    CareerCapitalController(JdbcClient jdbc, ProcessedPositions positions, PlatformClock clock) {
        this.jdbc = jdbc;
        this.positions = positions;
        this.clock = clock;
    }

    /** The map as the API answers it. */
    record CareerCapital(String employeeId, String displayName, String jobTitle, String level, String function,
                         String managerId, List<Capability> capabilities, Consent consent) {
    }

    /** One capability: its latest level and all the evidence behind it, newest first. */
    record Capability(String capability, int level, LocalDate lastObservedOn, boolean stale,
                      List<Evidence> evidence) {
    }

    record Evidence(UUID evidenceId, int level, String evidence, String source, LocalDate observedOn,
                    long ageDays, boolean stale, UUID conversationId) {
    }

    record Consent(boolean marketplaceVisible, boolean successionDiscoverable, List<String> share) {
    }

    private record Profile(String employeeId, String displayName, String jobTitle, String level, String function,
                           String managerId, Consent consent) {
    }

    @GetMapping("/api/v1/employees/{employeeId}/career-capital")
    CareerCapital careerCapital(@PathVariable String employeeId,
                                @RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        if (minPosition != null) {
            positions.await(READ_MODEL, minPosition);
        }
        Profile profile = jdbc.sql("""
                        SELECT employee_id, display_name, job_title, level, function, manager_id,
                               marketplace_visible, succession_discoverable, shared_scopes
                        FROM career_capital_profile WHERE employee_id = ?""")
                .param(employeeId)
                .query((rs, row) -> new Profile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), new Consent(rs.getBoolean(7), rs.getBoolean(8),
                        List.of((String[]) rs.getArray(9).getArray()))))
                .optional()
                .orElseThrow(() -> RuleViolation.notFound("unknown-employee",
                        "No employee is registered under " + employeeId + "."));
        boolean self = caller.is(employeeId);
        boolean manager = caller.has(Role.MANAGER) && profile.managerId() != null && caller.is(profile.managerId());
        if (!self && !manager) {
            throw RuleViolation.forbidden("Only the person and their current manager read this map.");
        }
        return new CareerCapital(profile.employeeId(), profile.displayName(), profile.jobTitle(), profile.level(),
                profile.function(), profile.managerId(), capabilities(employeeId), profile.consent());
    }

    private List<Capability> capabilities(String employeeId) {
        LocalDate today = clock.today();
        LocalDate staleBefore = today.minusMonths(STALE_AFTER_MONTHS);
        Map<String, List<Evidence>> byCapability = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT capability, evidence_id, level, evidence, source, observed_on, conversation_id
                        FROM career_capital_evidence WHERE employee_id = ?
                        ORDER BY capability, observed_on DESC, event_position DESC""")
                .param(employeeId)
                .query(rs -> {
                    LocalDate observed = rs.getObject(6, LocalDate.class);
                    byCapability.computeIfAbsent(rs.getString(1), key -> new ArrayList<>()).add(new Evidence(
                            rs.getObject(2, UUID.class), rs.getInt(3), rs.getString(4), rs.getString(5), observed,
                            ChronoUnit.DAYS.between(observed, today), observed.isBefore(staleBefore),
                            rs.getObject(7, UUID.class)));
                });
        return byCapability.entrySet().stream().map(entry -> {
            Evidence latest = entry.getValue().get(0);
            return new Capability(entry.getKey(), latest.level(), latest.observedOn(), latest.stale(),
                    List.copyOf(entry.getValue()));
        }).toList();
    }
}
