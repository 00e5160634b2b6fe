package io.talentplatform.web.gigs;

import io.talentplatform.web.api.Answer;
import io.talentplatform.web.api.PlatformApi;
import io.talentplatform.web.shell.Bodies;
import io.talentplatform.web.shell.Submission;
import io.talentplatform.web.signin.SignedIn;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Gigs and projects (docs/opportunities.md): HR and managers post part-time, time-boxed work with what it needs and
 * what it develops, and see the gigs and projects open now with the people who could grow on them.
 */
@Controller
class GigPages {

    private final PlatformApi api;

    GigPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/gigs/new")
    String gigs(@RequestParam(required = false) Long minPosition, SignedIn me, Model model) {
        Map<String, Object> query = new HashMap<>();
        query.put("status", "OPEN");
        query.put("minPosition", minPosition);
        query.put("limit", 200);
        Map<String, Object> gigs = new HashMap<>(query);
        gigs.put("kind", "GIG");
        Map<String, Object> projects = new HashMap<>(query);
        projects.put("kind", "PROJECT");
        model.addAttribute("gigs", api.get(me.token(), "/api/v1/openings", gigs).orThrow());
        model.addAttribute("projects", api.get(me.token(), "/api/v1/openings", projects).orThrow());
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC).toString());
        return "gigs/gigs";
    }

    /** Needs come as {@code capability:level} pairs; what it develops as names, one per line or comma. */
    @PostMapping("/gigs")
    String post(@RequestParam Map<String, String> form, @RequestParam String idempotencyKey, SignedIn me,
                Model model, HttpServletResponse response) {
        Answer answer = api.post(me.token(), "/api/v1/openings", Bodies.from(form)
                .text("kind", "title", "function", "hoursPerWeek", "startsOn", "endsOn", "sponsorId", "seats")
                .requirements("requiredCapabilities").list("developsCapabilities").build(), idempotencyKey);
        return Submission.answer(answer, "/gigs/new", model, response, form, "post", () -> gigs(null, me, model));
    }
}
