package io.talentplatform.web.people;

import io.talentplatform.web.api.Answer;
import io.talentplatform.web.api.PlatformApi;
import io.talentplatform.web.api.PlatformRefused;
import io.talentplatform.web.api.Problem;
import io.talentplatform.web.shell.Bodies;
import io.talentplatform.web.shell.Submission;
import io.talentplatform.web.signin.SignedIn;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * HR's people directory, and what HR records about a person: a new manager, a move, a departure, an erasure. The
 * last two cannot be undone, so each asks for confirmation on a page of its own before anything is sent.
 */
@Controller
class PeoplePages {

    static final List<String> DEPARTURE_REASONS = List.of("VOLUNTARY", "INVOLUNTARY", "RETIREMENT", "OTHER");
    static final List<String> MOVE_TYPES = List.of("PROMOTION", "LATERAL", "CROSS_FUNCTION");

    private final PlatformApi api;

    PeoplePages(PlatformApi api) {
        this.api = api;
    }

    /** The directory; an htmx request (typing in the search box) gets only the result table. */
    @GetMapping("/people")
    String directory(@RequestParam(required = false) String query, @RequestParam(required = false) String function,
                     @RequestParam(required = false) String cursor, @RequestParam(required = false) Long minPosition,
                     @RequestHeader(value = "HX-Request", required = false) String htmx, SignedIn me, Model model) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("query", query);
        parameters.put("function", function);
        parameters.put("cursor", cursor);
        parameters.put("minPosition", minPosition);
        model.addAttribute("page", api.get(me.token(), "/api/v1/employees", parameters).orThrow());
        model.addAttribute("query", query);
        model.addAttribute("function", function);
        return htmx != null ? "people/directory :: results" : "people/directory";
    }

    @GetMapping("/people/{employeeId}")
    String person(@PathVariable String employeeId, @RequestParam(required = false) Long minPosition, SignedIn me,
                  Model model) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("query", employeeId);
        parameters.put("minPosition", minPosition);
        Object found = api.get(me.token(), "/api/v1/employees", parameters).list("people").stream()
                .filter(person -> employeeId.equals(((Map<?, ?>) person).get("employeeId"))).findFirst()
                .orElseThrow(() -> new PlatformRefused(new Answer(404, null, null, null, new Problem(
                        "urn:talent:problem:not-found", "Not found", 404,
                        "Nobody is registered under " + employeeId + ".", List.of()))));
        model.addAttribute("person", found);
        model.addAttribute("departureReasons", DEPARTURE_REASONS);
        model.addAttribute("moveTypes", MOVE_TYPES);
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC).toString());
        return "people/person";
    }

    @PostMapping("/people")
    String register(@RequestParam Map<String, String> form, @RequestParam String idempotencyKey, SignedIn me,
                    Model model, HttpServletResponse response) {
        Answer answer = api.post(me.token(), "/api/v1/employees", Bodies.from(form).text("employeeId", "displayName",
                "jobTitle", "level", "function", "managerId").build(), idempotencyKey);
        return Submission.answer(answer, "/people/" + form.getOrDefault("employeeId", "").trim(), model, response,
                form, "register", () -> directory(null, null, null, null, null, me, model));
    }

    @PostMapping("/people/{employeeId}/manager")
    String changeManager(@PathVariable String employeeId, @RequestParam Map<String, String> form,
                         @RequestParam String idempotencyKey, SignedIn me, Model model,
                         HttpServletResponse response) {
        Answer answer = api.post(me.token(), "/api/v1/employees/" + employeeId + "/manager",
                Bodies.from(form).text("managerId", "effectiveOn").build(), idempotencyKey);
        return Submission.answer(answer, "/people/" + employeeId, model, response, form, "manager",
                () -> person(employeeId, null, me, model));
    }

    @PostMapping("/people/{employeeId}/moves")
    String move(@PathVariable String employeeId, @RequestParam Map<String, String> form,
                @RequestParam String idempotencyKey, SignedIn me, Model model, HttpServletResponse response) {
        Answer answer = api.post(me.token(), "/api/v1/employees/" + employeeId + "/moves", Bodies.from(form)
                .text("jobTitle", "level", "function", "moveType", "effectiveOn").build(), idempotencyKey);
        return Submission.answer(answer, "/people/" + employeeId, model, response, form, "moves",
                () -> person(employeeId, null, me, model));
    }

    /** First step of a departure or an erasure: what will be recorded, and a button that records it. */
    @PostMapping("/people/{employeeId}/{what:departure|erasure}/confirm")
    String confirm(@PathVariable String employeeId, @PathVariable String what, @RequestParam Map<String, String> form,
                   SignedIn me, Model model) {
        person(employeeId, null, me, model);
        model.addAttribute("what", what);
        model.addAttribute("form", form);
        return "people/confirm";
    }

    @PostMapping("/people/{employeeId}/{what:departure|erasure}")
    String record(@PathVariable String employeeId, @PathVariable String what, @RequestParam Map<String, String> form,
                  @RequestParam String idempotencyKey, SignedIn me, Model model, HttpServletResponse response) {
        Bodies body = Bodies.from(form);
        if (what.equals("departure")) {
            body.text("effectiveOn", "reason").flag("regretted");
        } else {
            body.text("reason").put("requestedBy", me.employeeId());
        }
        Answer answer = api.post(me.token(), "/api/v1/employees/" + employeeId + "/" + what, body.build(),
                idempotencyKey);
        return Submission.answer(answer, "/people/" + employeeId, model, response, form, what,
                () -> person(employeeId, null, me, model));
    }
}
