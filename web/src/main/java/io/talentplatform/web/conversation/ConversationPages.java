package io.talentplatform.web.conversation;

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
 * A career conversation from the manager's side (seed 001): book it, prepare with the light reflection prompt and
 * the question bank (a guide, not a form), record that it was held, add what it taught about the person's Career
 * Capital, and complete it with the four outcomes (seed 000).
 */
@Controller
class ConversationPages {

    static final List<String> KINDS = List.of("FULL", "WHERE_ARE_YOU_NOW", "WHERE_DO_YOU_WANT_TO_GO",
            "HOW_DO_WE_CLOSE_THE_GAP", "CONTRACT_REVIEW", "CHECK_IN");
    static final List<String> TRIGGERS = List.of("QUARTERLY", "TRANSITION_POINT", "FLIGHT_SIGNAL", "ENGAGEMENT_DROP",
            "MILESTONE", "ROLE_CHANGE", "PROMOTION_STALLED", "AD_HOC");

    private final PlatformApi api;

    ConversationPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/team/{employeeId}/conversations/new")
    String book(@PathVariable String employeeId, SignedIn me, Model model) {
        Map<String, Object> person = person(me, employeeId, null);
        model.addAttribute("person", person);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("triggers", TRIGGERS);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("kind", "FULL", "trigger", "QUARTERLY", "plannedMinutes", "90",
                    "scheduledFor", LocalDate.now(ZoneOffset.UTC).plusDays(7) + "T10:00"));
        }
        return "conversation/book";
    }

    @PostMapping("/team/{employeeId}/conversations")
    String booked(@PathVariable String employeeId, @RequestParam Map<String, String> form,
                  @RequestParam String idempotencyKey, SignedIn me, Model model, HttpServletResponse response) {
        Answer answer = api.post(me.token(), "/api/v1/conversations", Bodies.from(form).text("kind", "trigger",
                "plannedMinutes").instant("scheduledFor").put("employeeId", employeeId).build(), idempotencyKey);
        String next = answer.ok() ? "/team/" + employeeId + "/conversations/" + answer.text("conversationId") : "";
        return Submission.answer(answer, next, model, response, form, "book", () -> book(employeeId, me, model));
    }

    @GetMapping("/team/{employeeId}/conversations/{conversationId}")
    String conversation(@PathVariable String employeeId, @PathVariable String conversationId,
                        @RequestParam(required = false) Long minPosition, SignedIn me, Model model) {
        Map<String, Object> person = person(me, employeeId, minPosition);
        Object conversation = ((List<?>) person.get("conversations")).stream()
                .filter(item -> conversationId.equals(((Map<?, ?>) item).get("conversationId")))
                .findFirst().orElseThrow(() -> new PlatformRefused(new Answer(404, null, null, null,
                        new Problem("urn:talent:problem:not-found", "Not found", 404,
                                "No such career conversation with " + person.get("displayName") + ".", List.of()))));
        model.addAttribute("person", person);
        model.addAttribute("conversation", conversation);
        // What the conversation starts from: the contract, the manager's own commitments first.
        model.addAttribute("prep", api.get(me.token(), "/api/v1/conversations/" + conversationId,
                minPosition == null ? Map.of() : Map.of("minPosition", minPosition)).orThrow());
        model.addAttribute("now", Instant.now().truncatedTo(ChronoUnit.MINUTES).toString().replace("Z", "")
                .substring(0, 16));
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC).toString());
        return "conversation/conversation";
    }

    /** One action on the conversation: which API path it posts to, and how its form becomes the body. */
    @PostMapping("/team/{employeeId}/conversations/{conversationId}/{action}")
    String act(@PathVariable String employeeId, @PathVariable String conversationId, @PathVariable String action,
               @RequestParam Map<String, String> form, @RequestParam String idempotencyKey, SignedIn me,
               Model model, HttpServletResponse response) {
        Bodies body = Bodies.from(form);
        String path = "/api/v1/conversations/" + conversationId + "/" + action;
        switch (action) {
            case "prompt-sent" -> body.instant("sentAt");
            case "prompt" -> body.text("prompt");
            case "summary" -> body.instant("sharedAt").text("summary");
            case "reschedule" -> body.instant("scheduledFor").text("reason");
            case "cancel" -> body.text("reason");
            case "held" -> body.instant("heldAt").text("actualMinutes");
            case "notes" -> body.text("kind", "text");
            case "complete" -> {
                Map<String, Object> outcomes = new HashMap<>(Bodies.from(form).flag("humanCapitalUpdated")
                        .flag("relationshipCapitalAssessed").text("signalingGap").build());
                String advocacy = form.getOrDefault("advocacyDescription", "");
                if (!advocacy.isBlank()) {
                    outcomes.put("advocacyAction", Bodies.from(Map.of("description", advocacy,
                            "dueOn", form.getOrDefault("advocacyDueOn", ""),
                            "decisionMakerId", form.getOrDefault("advocacyDecisionMakerId", "")))
                            .text("description", "dueOn", "decisionMakerId").build());
                }
                body.put("outcomes", outcomes).text("nextConversationOn");
            }
            default -> throw new PlatformRefused(new Answer(404, null, null, null, new Problem(
                    "urn:talent:problem:not-found", "Not found", 404, "No such action.", List.of())));
        }
        Answer answer = api.post(me.token(), path, body.build(), idempotencyKey);
        return Submission.answer(answer, "/team/" + employeeId + "/conversations/" + conversationId, model,
                response, form, action, () -> conversation(employeeId, conversationId, null, me, model));
    }

    private Map<String, Object> person(SignedIn me, String employeeId, Long minPosition) {
        Map<String, Object> query = new HashMap<>();
        query.put("minPosition", minPosition);
        return api.get(me.token(), "/api/v1/employees/" + employeeId + "/career-capital", query).orThrow();
    }
}
