package io.talentplatform.bench.query;

import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.problem.Unknown;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.query.access.AccessLog;
import io.talentplatform.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The query benchmark's baseline: one row of a read model by primary key, through the same HTTP stack as every query
 * (Tomcat, the security filter chain with JWT verification, the {@link Caller}, Jackson, problem answers). It exists
 * only in the benchmark, never in the platform.
 */
@RestController
class BaselineController {

    private final JdbcClient jdbc;
    private final AccessLog accessLog;

    BaselineController(JdbcClient jdbc, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
    }

    record ProfileRow(String employeeId, String jobTitle, String level, String function, boolean employed) {
    }

    /** The baseline with the read recorded in the access log, as every read of a person's data is: its cost. */
    @GetMapping("/api/v1/bench/baseline-logged/{employeeId}")
    ProfileRow loggedRow(@PathVariable String employeeId, Caller caller) {
        ProfileRow row = row(employeeId, caller);
        accessLog.record(caller, employeeId);
        return row;
    }

    @GetMapping("/api/v1/bench/baseline/{employeeId}")
    ProfileRow row(@PathVariable String employeeId, Caller caller) {
        if (!caller.has(Role.HR)) {
            throw RuleViolation.forbidden("Only HR reads the baseline.");
        }
        return jdbc.sql("""
                        SELECT employee_id, job_title, level, function, employed
                        FROM tp_person WHERE employee_id = ?""")
                .param(employeeId)
                .query((rs, row) -> new ProfileRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5)))
                .optional()
                .orElseThrow(() -> Unknown.employee(employeeId));
    }
}
