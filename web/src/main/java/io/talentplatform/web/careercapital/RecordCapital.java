package io.talentplatform.web.careercapital;

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

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a career conversation taught about a person's Career Capital, recorded by their manager (or by the person,
 * for their own evidence and aspiration): a capability with its evidence, a relationship, a decision maker's
 * awareness, and a readiness assessment.
 */
@Controller
class RecordCapital {

    static final List<String> SOURCES = List.of("CONVERSATION", "REVIEW", "SELF", "PEER");
    static final List<String> RELATIONSHIPS = List.of("CROSS_FUNCTIONAL_LEADER", "EXTERNAL_PARTNER", "INDUSTRY",
            "MENTOR", "SPONSOR");
    static final List<String> READINESS = List.of("READY_NOW", "READY_1_2_YEARS", "READY_3_PLUS", "NOT_A_FIT");

    private final PlatformApi api;

    RecordCapital(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/team/{employeeId}/capital")
    String page(@PathVariable String employeeId, @RequestParam(required = false) String conversationId,
                SignedIn me, Model model) {
        Map<String, Object> query = new HashMap<>();
        model.addAttribute("person", api.get(me.token(), "/api/v1/employees/" + employeeId + "/career-capital", query)
                .orThrow());
        model.addAttribute("conversationId", conversationId);
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC).toString());
        model.addAttribute("sources", SOURCES);
        model.addAttribute("relationshipKinds", RELATIONSHIPS);
        model.addAttribute("readinessLevels", READINESS);
        return "careercapital/record";
    }

    @PostMapping("/team/{employeeId}/capital/{what}")
    String record(@PathVariable String employeeId, @PathVariable String what,
                  @RequestParam(required = false) String conversationId, @RequestParam Map<String, String> form,
                  @RequestParam String idempotencyKey, SignedIn me, Model model, HttpServletResponse response) {
        Bodies body = Bodies.from(form).text("conversationId");
        String path = "/api/v1/employees/" + employeeId + "/" + what;
        switch (what) {
            case "capabilities" -> body.text("capability", "level", "evidence", "source", "observedOn",
                    "visibility");
            case "relationships" -> body.text("counterpartId", "counterpartName", "counterpartFunction", "kind");
            case "signals" -> body.text("decisionMakerId", "basis").put("aware", "true".equals(form.get("aware")));
            case "readiness" -> body.text("roleFamily", "readiness", "rationale");
            default -> throw new PlatformRefused(new Answer(404, null, null, null, new Problem(
                    "urn:talent:problem:not-found", "Not found", 404, "No such record.", List.of())));
        }
        Answer answer = api.post(me.token(), path, body.build(), idempotencyKey);
        String next = "/team/" + employeeId + "/capital" + (conversationId == null || conversationId.isBlank() ? ""
                : "?conversationId=" + conversationId);
        return Submission.answer(answer, next, model, response, form, what,
                () -> page(employeeId, conversationId, me, model));
    }
}
