package io.talentplatform.web.audit;

import io.talentplatform.web.api.PlatformApi;
import io.talentplatform.web.signin.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * The auditor's pages, read-only: a person's history as a timeline (who, when, what), the Career Capital map and a
 * role's succession view exactly as they were at the end of a day picked on a calendar, and the access log. Every
 * one of these reads is itself recorded by the platform.
 */
@Controller
class AuditPages {

    private final PlatformApi api;

    AuditPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/audit")
    String start() {
        return "audit/start";
    }

    /** The start page's forms, to the page each names. */
    @GetMapping("/audit/go/{where}")
    String go(@PathVariable String where, @RequestParam String id, @RequestParam(required = false) String date) {
        String encoded = org.springframework.web.util.UriUtils.encodePathSegment(id.trim(),
                java.nio.charset.StandardCharsets.UTF_8);
        String day = date == null || date.isBlank() ? "" : "?date=" + date;
        return switch (where) {
            case "person-as-of" -> "redirect:/audit/people/" + encoded + "/as-of" + day;
            case "role-as-of" -> "redirect:/audit/roles/" + encoded + "/as-of" + day;
            default -> "redirect:/audit/people/" + encoded;
        };
    }

    @GetMapping("/audit/people/{employeeId}")
    String history(@PathVariable String employeeId, @RequestParam(required = false) Long fromSequence, SignedIn me,
                   Model model) {
        Map<String, Object> query = new HashMap<>();
        query.put("fromSequence", fromSequence);
        query.put("limit", 100);
        model.addAttribute("history", api.get(me.token(), "/api/v1/audit/streams/employee/" + employeeId + "/events",
                query).orThrow());
        model.addAttribute("employeeId", employeeId);
        return "audit/history";
    }

    @GetMapping("/audit/people/{employeeId}/as-of")
    String personAsOf(@PathVariable String employeeId, @RequestParam(required = false) String date, SignedIn me,
                      Model model) {
        String day = date == null || date.isBlank() ? LocalDate.now(ZoneOffset.UTC).toString() : date;
        model.addAttribute("asOf", api.get(me.token(), "/api/v1/audit/employees/" + employeeId + "/as-of",
                Map.of("at", endOf(day, me))).orThrow());
        model.addAttribute("employeeId", employeeId);
        model.addAttribute("date", day);
        return "audit/person-as-of";
    }

    @GetMapping("/audit/roles/{roleId}/as-of")
    String roleAsOf(@PathVariable String roleId, @RequestParam(required = false) String date, SignedIn me,
                    Model model) {
        String day = date == null || date.isBlank() ? LocalDate.now(ZoneOffset.UTC).toString() : date;
        model.addAttribute("asOf", api.get(me.token(), "/api/v1/audit/succession/roles/" + roleId + "/as-of",
                Map.of("at", endOf(day, me))).orThrow());
        model.addAttribute("roleId", roleId);
        model.addAttribute("date", day);
        return "audit/role-as-of";
    }

    @GetMapping("/audit/access-log")
    String accessLog(@RequestParam String subject, @RequestParam(required = false) Long before, SignedIn me,
                     Model model) {
        Map<String, Object> query = new HashMap<>();
        query.put("subject", subject);
        query.put("before", before);
        query.put("limit", 50);
        model.addAttribute("log", api.get(me.token(), "/api/v1/audit/access-log", query).orThrow());
        return "audit/access-log";
    }

    /**
     * The last moment of a day picked on the calendar (UTC), what was known by its end; for today, the platform's
     * now, since the platform knows no future.
     */
    private String endOf(String day, SignedIn me) {
        Instant end;
        try {
            end = LocalDate.parse(day).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusMillis(1);
        } catch (java.time.format.DateTimeParseException e) {
            return day;
        }
        Object now = api.get(me.token(), "/api/v1/me").json().get("now");
        Instant platformNow = now == null ? Instant.now() : Instant.parse(String.valueOf(now));
        return (end.isAfter(platformNow) ? platformNow : end).toString();
    }
}
