package io.talentplatform.web.team;

import io.talentplatform.web.api.Answer;
import io.talentplatform.web.api.JsonObject;
import io.talentplatform.web.api.PlatformApi;
import io.talentplatform.web.signin.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "My team" (seed 001, "What good looks like": a manager can say where each report wants to go): every report with
 * the direction they shared, their last and next career conversation, a quarter without one, the open contract and
 * overdue commitments on both sides, and what is due this week.
 */
@Controller
class TeamPage {

    private final PlatformApi api;

    TeamPage(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/team")
    String team(@RequestParam(required = false) Long minPosition, SignedIn me, Model model) {
        Map<String, Object> at = minPosition == null ? Map.of() : Map.of("minPosition", minPosition);
        Map<String, Object> reports = api.get(me.token(), "/api/v1/managers/" + me.employeeId() + "/reports", at)
                .orThrow();
        Answer followThrough = api.get(me.token(), "/api/v1/managers/" + me.employeeId() + "/follow-through", at);
        Map<String, Object> cadence = followThrough.orThrow();
        Map<String, Map<String, Object>> byPerson = new HashMap<>();
        for (Object report : followThrough.list("reports")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> row = (Map<String, Object>) report;
            byPerson.put(String.valueOf(row.get("employeeId")), row);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object report : (List<?>) reports.get("reports")) {
            @SuppressWarnings("unchecked")
            JsonObject row = JsonObject.copyOf((Map<String, Object>) report);
            row.put("cadence", byPerson.getOrDefault(String.valueOf(row.get("employeeId")), new JsonObject()));
            rows.add(row);
        }
        LocalDate today = LocalDate.parse(String.valueOf(cadence.get("asOf")));
        model.addAttribute("rows", rows);
        model.addAttribute("today", today);
        model.addAttribute("dueThisWeek", DueThisWeek.from(rows, followThrough.list("openCommitments"), today));
        model.addAttribute("fulfilment", cadence.get("fulfilment"));
        return "team/team";
    }
}
