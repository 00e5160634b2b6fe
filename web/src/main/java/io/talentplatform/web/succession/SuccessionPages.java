package io.talentplatform.web.succession;

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
import java.util.List;
import java.util.Map;

/**
 * The succession panel's pages: critical roles with coverage and bench strength, a role's slate with readiness and
 * how stale it is beside the consented candidates discovery found, and an opening's ranked matches, each explained
 * capability by capability.
 */
@Controller
class SuccessionPages {

    static final List<String> READINESS = List.of("READY_NOW", "READY_1_2_YEARS", "READY_3_PLUS", "NOT_A_FIT");

    private final PlatformApi api;

    SuccessionPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/succession")
    String coverage(SignedIn me, Model model) {
        model.addAttribute("coverage", api.get(me.token(), "/api/v1/succession/coverage").orThrow());
        return "succession/coverage";
    }

    @GetMapping("/succession/roles/{roleId}")
    String slate(@PathVariable String roleId, @RequestParam(required = false) Long minPosition, SignedIn me,
                 Model model) {
        Map<String, Object> query = new HashMap<>();
        query.put("minPosition", minPosition);
        model.addAttribute("view", api.get(me.token(), "/api/v1/succession/roles/" + roleId, query).orThrow());
        model.addAttribute("readinessLevels", READINESS);
        return "succession/slate";
    }

    @PostMapping("/succession/roles/{roleId}/successors")
    String nominate(@PathVariable String roleId, @RequestParam Map<String, String> form,
                    @RequestParam String idempotencyKey, SignedIn me, Model model, HttpServletResponse response) {
        Answer answer = api.post(me.token(), "/api/v1/roles/" + roleId + "/successors",
                Bodies.from(form).text("employeeId", "readiness", "rationale").build(), idempotencyKey);
        return Submission.answer(answer, "/succession/roles/" + roleId, model, response, form, "nominate",
                () -> slate(roleId, null, me, model));
    }

    @GetMapping("/openings/{openingId}/matches")
    String matches(@PathVariable String openingId, SignedIn me, Model model) {
        model.addAttribute("matches", api.get(me.token(), "/api/v1/mobility/openings/" + openingId + "/matches")
                .orThrow());
        return "succession/matches";
    }
}
