package io.talentplatform.web.careercapital;

import io.talentplatform.web.api.Answer;
import io.talentplatform.web.api.PlatformApi;
import io.talentplatform.web.signin.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.HashMap;
import java.util.Map;

/**
 * A person's Career Capital map (seed 000): Human, Relationship and Signaling Capital with the age of the evidence,
 * their aspiration, consent and readiness, and their career conversations with the outcomes each produced. The person
 * reads it as "My Career Capital"; their manager from "My team".
 */
@Controller
class CareerCapitalPages {

    private final PlatformApi api;

    CareerCapitalPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/me/career-capital")
    String mine(@RequestParam(required = false) Long minPosition, SignedIn me, Model model) {
        return map(me.employeeId(), minPosition, me, model, true);
    }

    @GetMapping("/team/{employeeId}")
    String report(@PathVariable String employeeId, @RequestParam(required = false) Long minPosition, SignedIn me,
                  Model model) {
        return map(employeeId, minPosition, me, model, false);
    }

    private String map(String employeeId, Long minPosition, SignedIn me, Model model, boolean own) {
        Map<String, Object> query = new HashMap<>();
        query.put("minPosition", minPosition);
        model.addAttribute("person", api.get(me.token(), "/api/v1/employees/" + employeeId + "/career-capital",
                query).orThrow());
        model.addAttribute("own", own);
        // Against the aspiration's first target family; without one the platform answers 422 and there is no table.
        Answer gaps = api.get(me.token(), "/api/v1/employees/" + employeeId + "/gaps", query);
        model.addAttribute("gaps", gaps.ok() ? gaps.json() : null);
        return "careercapital/map";
    }
}
