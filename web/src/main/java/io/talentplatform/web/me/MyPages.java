package io.talentplatform.web.me;

import io.talentplatform.web.api.Answer;
import io.talentplatform.web.api.PlatformApi;
import io.talentplatform.web.shell.Bodies;
import io.talentplatform.web.shell.Submission;
import io.talentplatform.web.signin.SignedIn;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person keeps themself: their aspiration (a direction without a destination is valid, seed 001), their
 * consent shown plainly as who sees what, and the openings that fit them with the reason for each capability.
 */
@Controller
class MyPages {

    static final List<String> DIRECTIONS = List.of("TECHNICAL_LEADERSHIP", "PEOPLE_LEADERSHIP", "DOMAIN_DEPTH",
            "OTHER", "UNDECIDED");
    static final List<String> SCOPES = List.of("CAPABILITIES", "ASPIRATION", "READINESS", "MENTOR");

    private final PlatformApi api;

    MyPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/me/aspiration")
    String aspiration(SignedIn me, Model model) {
        Map<String, Object> person = mine(me, null);
        model.addAttribute("person", person);
        model.addAttribute("directions", DIRECTIONS);
        if (!model.containsAttribute("form") && person.get("aspiration") instanceof Map<?, ?> current) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("direction", String.valueOf(current.get("direction")));
            form.put("targetRoleFamilies", current.get("targetRoleFamilies") instanceof List<?> families
                    ? String.join(", ", families.stream().map(String::valueOf).toList()) : "");
            form.put("horizonYears", String.valueOf(current.get("horizonYears")));
            form.put("narrative", current.get("narrative") == null ? "" : String.valueOf(current.get("narrative")));
            for (String said : List.of("drawnTo", "movingAwayFrom")) {
                form.put(said, current.get(said) == null ? "" : String.valueOf(current.get(said)));
            }
            if (Boolean.TRUE.equals(current.get("shareDirection"))) {
                form.put("shareDirection", "true");
            }
            model.addAttribute("form", form);
        }
        return "me/aspiration";
    }

    @PostMapping("/me/aspiration")
    String stateAspiration(@RequestParam Map<String, String> form, @RequestParam String idempotencyKey, SignedIn me,
                           Model model, HttpServletResponse response) {
        Answer answer = api.post(me.token(), "/api/v1/employees/" + me.employeeId() + "/aspirations",
                Bodies.from(form).text("direction", "horizonYears", "narrative", "drawnTo", "movingAwayFrom")
                        .list("targetRoleFamilies")
                        .flag("shareDirection").build(), idempotencyKey);
        return Submission.answer(answer, "/me/career-capital", model, response, form, "aspiration",
                () -> aspiration(me, model));
    }

    @GetMapping("/me/consent")
    String consent(@RequestParam(required = false) Long minPosition, SignedIn me, Model model) {
        model.addAttribute("person", mine(me, minPosition));
        model.addAttribute("scopes", SCOPES);
        return "me/consent";
    }

    @PostMapping("/me/consent")
    String recordConsent(@RequestParam Map<String, String> form, @RequestParam(required = false) List<String> share,
                         @RequestParam String idempotencyKey, SignedIn me, Model model,
                         HttpServletResponse response) {
        Answer answer = api.send(me.token(), HttpMethod.PUT, "/api/v1/employees/" + me.employeeId() + "/consent",
                Bodies.from(form).flag("marketplaceVisible").flag("successionDiscoverable")
                        .put("share", share == null ? List.of() : share).build(), idempotencyKey);
        return Submission.answer(answer, "/me/consent", model, response, form, "consent",
                () -> consent(null, me, model));
    }

    @GetMapping("/me/openings")
    String openings(@RequestParam(required = false) Long minPosition, SignedIn me, Model model) {
        Map<String, Object> query = new HashMap<>();
        query.put("minPosition", minPosition);
        model.addAttribute("matches", api.get(me.token(), "/api/v1/mobility/employees/" + me.employeeId()
                + "/matches", query).orThrow());
        return "me/openings";
    }

    /** The person asks to take a gig or project; their manager is asked in their inbox. */
    @PostMapping("/me/openings/{openingId}/ask")
    String ask(@PathVariable String openingId, @RequestParam Map<String, String> form,
               @RequestParam String idempotencyKey, SignedIn me, Model model, HttpServletResponse response) {
        Answer answer = api.post(me.token(), "/api/v1/openings/" + openingId + "/applications",
                Bodies.from(form).text("note").put("employeeId", me.employeeId()).build(), idempotencyKey);
        return Submission.answer(answer, "/me/openings?asked=" + openingId, model, response, form,
                "ask-" + openingId, () -> openings(null, me, model));
    }

    /** People who made the move the person wants, and who said they may be asked (docs/opportunities.md). */
    @GetMapping("/me/mentors")
    String mentors(@RequestParam(required = false) String roleFamily, @RequestParam(required = false) Long minPosition,
                   SignedIn me, Model model) {
        Map<String, Object> query = new HashMap<>();
        query.put("roleFamily", roleFamily == null || roleFamily.isBlank() ? null : roleFamily.strip());
        query.put("minPosition", minPosition);
        Answer found = api.get(me.token(), "/api/v1/employees/" + me.employeeId() + "/mentors", query);
        if (found.ok()) {
            model.addAttribute("found", found.orThrow());
        } else {
            model.addAttribute("notFound", found.problem());
        }
        model.addAttribute("roleFamily", roleFamily);
        model.addAttribute("pools", api.get(me.token(), "/api/v1/employees/" + me.employeeId() + "/talent-pools",
                query).orThrow());
        return "me/mentors";
    }

    @PostMapping("/me/mentors/{mentorId}/ask")
    String askMentor(@PathVariable String mentorId, @RequestParam Map<String, String> form,
                     @RequestParam String idempotencyKey, SignedIn me, Model model, HttpServletResponse response) {
        Answer answer = api.post(me.token(), "/api/v1/employees/" + me.employeeId() + "/mentor-requests",
                Bodies.from(form).text("roleFamily", "note").put("mentorId", mentorId).build(), idempotencyKey);
        return Submission.answer(answer, "/me/contract", model, response, form, "mentor-" + mentorId,
                () -> mentors(form.get("roleFamily"), null, me, model));
    }

    private Map<String, Object> mine(SignedIn me, Long minPosition) {
        Map<String, Object> query = new HashMap<>();
        query.put("minPosition", minPosition);
        return api.get(me.token(), "/api/v1/employees/" + me.employeeId() + "/career-capital", query).orThrow();
    }
}
