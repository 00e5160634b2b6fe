package io.talentplatform.web.contract;

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
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The development contract (seeds 001, 002): goal, evidence of success, cadence, the honest caveat, open questions
 * and commitments on both sides; reviewed, revised and closed by the manager, and kept by both. The manager reads
 * it from "My team", the person as "My contract"; earlier contracts stay below the open one.
 */
@Controller
class ContractPages {

    static final List<String> KINDS = List.of("INTRODUCTION", "STRETCH_ASSIGNMENT", "FEEDBACK", "VISIBILITY",
            "PROGRESSION_TALK", "MENTOR", "ADVOCACY", "LEARNING", "OTHER");
    static final List<String> CLOSE_REASONS = List.of("GOAL_MET", "TRANSITION_SUPPORTED", "EMPLOYEE_LEFT",
            "REPLACED");

    private final PlatformApi api;

    ContractPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/team/{employeeId}/contract")
    String asManager(@PathVariable String employeeId, @RequestParam(required = false) Long minPosition,
                     SignedIn me, Model model) {
        return page(employeeId, "/team/" + employeeId + "/contract", false, minPosition, me, model);
    }

    @GetMapping("/me/contract")
    String asPerson(@RequestParam(required = false) Long minPosition, SignedIn me, Model model) {
        return page(me.employeeId(), "/me/contract", true, minPosition, me, model);
    }

    private String page(String employeeId, String base, boolean own, Long minPosition, SignedIn me, Model model) {
        Map<String, Object> query = new HashMap<>();
        query.put("minPosition", minPosition);
        Answer history = api.get(me.token(), "/api/v1/employees/" + employeeId + "/contracts", query);
        history.orThrow();
        List<Object> contracts = history.list("contracts");
        Object open = contracts.stream().filter(contract -> Boolean.TRUE.equals(((Map<?, ?>) contract).get("open")))
                .findFirst().orElse(null);
        model.addAttribute("employeeId", employeeId);
        model.addAttribute("person", own ? Map.of("displayName", me.name())
                : api.get(me.token(), "/api/v1/employees/" + employeeId + "/career-capital", query).orThrow());
        model.addAttribute("contract", open);
        model.addAttribute("earlier", contracts.stream().filter(contract -> contract != open).toList());
        model.addAttribute("own", own);
        model.addAttribute("base", base);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("closeReasons", CLOSE_REASONS);
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC).toString());
        model.addAttribute("now", Instant.now().truncatedTo(ChronoUnit.MINUTES).toString().substring(0, 16));
        return "contract/contract";
    }

    @PostMapping("/team/{employeeId}/contract")
    String open(@PathVariable String employeeId, @RequestParam Map<String, String> form,
                @RequestParam String idempotencyKey, SignedIn me, Model model, HttpServletResponse response) {
        Answer answer = api.post(me.token(), "/api/v1/contracts", Bodies.from(form).text("goal", "evidenceOfSuccess",
                        "reviewCadence", "nextReviewOn", "caveat").list("openQuestions").put("employeeId", employeeId)
                .build(), idempotencyKey);
        return Submission.answer(answer, "/team/" + employeeId + "/contract", model, response, form, "open",
                () -> asManager(employeeId, null, me, model));
    }

    @PostMapping("/team/{employeeId}/contract/{contractId}/{action}")
    String manage(@PathVariable String employeeId, @PathVariable String contractId, @PathVariable String action,
                  @RequestParam Map<String, String> form, @RequestParam String idempotencyKey, SignedIn me,
                  Model model, HttpServletResponse response) {
        return act("/team/" + employeeId + "/contract", contractId, action, null, form, idempotencyKey, me, model,
                response, () -> asManager(employeeId, null, me, model));
    }

    @PostMapping("/team/{employeeId}/contract/{contractId}/commitments/{commitmentId}/{action}")
    String manageCommitment(@PathVariable String employeeId, @PathVariable String contractId,
                            @PathVariable String commitmentId, @PathVariable String action,
                            @RequestParam Map<String, String> form, @RequestParam String idempotencyKey,
                            SignedIn me, Model model, HttpServletResponse response) {
        return act("/team/" + employeeId + "/contract", contractId, action, commitmentId, form, idempotencyKey, me,
                model, response, () -> asManager(employeeId, null, me, model));
    }

    @PostMapping("/me/contract/{contractId}/{action}")
    String keep(@PathVariable String contractId, @PathVariable String action, @RequestParam Map<String, String> form,
                @RequestParam String idempotencyKey, SignedIn me, Model model, HttpServletResponse response) {
        return act("/me/contract", contractId, action, null, form, idempotencyKey, me, model, response,
                () -> asPerson(null, me, model));
    }

    @PostMapping("/me/contract/{contractId}/commitments/{commitmentId}/{action}")
    String keepCommitment(@PathVariable String contractId, @PathVariable String commitmentId,
                          @PathVariable String action, @RequestParam Map<String, String> form,
                          @RequestParam String idempotencyKey, SignedIn me, Model model,
                          HttpServletResponse response) {
        return act("/me/contract", contractId, action, commitmentId, form, idempotencyKey, me, model, response,
                () -> asPerson(null, me, model));
    }

    private String act(String base, String contractId, String action, String commitmentId, Map<String, String> form,
                       String idempotencyKey, SignedIn me, Model model, HttpServletResponse response,
                       java.util.function.Supplier<String> again) {
        Bodies body = Bodies.from(form);
        String path = "/api/v1/contracts/" + contractId + "/"
                + (commitmentId == null ? action : "commitments/" + commitmentId + "/" + action);
        String formName = commitmentId == null ? action : action + "-" + commitmentId;
        switch (commitmentId == null ? action : "commitment-" + action) {
            case "commitments" -> body.text("owner", "description", "dueOn", "kind");
            case "reviews" -> body.text("reviewedOn", "progress", "nextReviewOn");
            case "revisions" -> body.text("goal", "evidenceOfSuccess", "reviewCadence", "nextReviewOn", "caveat",
                    "reason");
            case "summary-shared" -> body.instant("sharedAt");
            case "close" -> body.text("reason");
            case "transition-plan" -> {
                body.text("timeline").put("partialPaths", form.getOrDefault("partialPaths", "").lines()
                        .map(String::trim).filter(line -> !line.isEmpty()).toList());
                String support = form.getOrDefault("supportDescription", "");
                if (!support.isBlank()) {
                    body.put("support", List.of(Bodies.from(Map.of("description", support,
                            "dueOn", form.getOrDefault("supportDueOn", ""),
                            "kind", form.getOrDefault("supportKind", ""))).text("description", "dueOn", "kind")
                            .build()));
                }
            }
            case "commitment-complete" -> body.text("completedOn", "note");
            case "commitment-reschedule" -> body.text("dueOn", "reason");
            case "commitment-withdraw" -> body.text("reason");
            default -> throw new PlatformRefused(new Answer(404, null, null, null, new Problem(
                    "urn:talent:problem:not-found", "Not found", 404, "No such action.", List.of())));
        }
        Answer answer = api.post(me.token(), path, body.build(), idempotencyKey);
        return Submission.answer(answer, base, model, response, form, formName, again);
    }
}
