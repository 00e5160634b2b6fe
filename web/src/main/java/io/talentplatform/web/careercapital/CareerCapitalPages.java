package io.talentplatform.web.careercapital;

import io.talentplatform.web.api.Answer;
import io.talentplatform.web.api.PlatformApi;
import io.talentplatform.web.shell.Bodies;
import io.talentplatform.web.shell.Submission;
import io.talentplatform.web.signin.SignedIn;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.HashMap;
import java.util.Map;

/**
 * A person's Career Capital map (seed 000): Human, Relationship and Signaling Capital with the age of the evidence,
 * their aspiration, consent and readiness, and their career conversations with the outcomes each produced. The person
 * reads it as "My Career Capital"; their manager from "My team". The person contests a record on it, and their
 * manager answers there (docs/contests.md).
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

    /** The person contests a record of their own map: {@code subject} is {@code KIND|id}. */
    @PostMapping("/me/contests")
    String contest(@RequestParam Map<String, String> form, @RequestParam String idempotencyKey, SignedIn me,
                   Model model, HttpServletResponse response) {
        String[] subject = form.getOrDefault("subject", "|").split("\\|", 2);
        Map<String, Object> body = Bodies.from(form).text("reason")
                .put("subject", Map.of("kind", subject[0], "id", subject.length > 1 ? subject[1] : "")).build();
        Answer answer = api.post(me.token(), "/api/v1/employees/" + me.employeeId() + "/contests", body,
                idempotencyKey);
        return Submission.answer(answer, "/me/career-capital", model, response, form, "contest",
                () -> map(me.employeeId(), null, me, model, true));
    }

    /** The manager answers a contest of their report's. */
    @PostMapping("/team/{employeeId}/contests/{contestId}/answer")
    String answer(@PathVariable String employeeId, @PathVariable String contestId,
                  @RequestParam Map<String, String> form, @RequestParam String idempotencyKey, SignedIn me,
                  Model model, HttpServletResponse response) {
        Bodies body = Bodies.from(form).text("outcome", "note", "readiness");
        String level = form.getOrDefault("level", "").trim();
        if (!level.isEmpty()) {
            body.put("level", level.matches("\\d{1,2}") ? Integer.valueOf(level) : level);
        }
        Answer answer = api.post(me.token(), "/api/v1/contests/" + contestId + "/answer", body.build(),
                idempotencyKey);
        return Submission.answer(answer, "/team/" + employeeId, model, response, form, "answer-" + contestId,
                () -> map(employeeId, null, me, model, false));
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
