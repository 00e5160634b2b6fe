package io.talentplatform.web.inbox;

import io.talentplatform.web.api.Answer;
import io.talentplatform.web.api.JsonObject;
import io.talentplatform.web.api.PlatformApi;
import io.talentplatform.web.signin.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import io.talentplatform.web.shell.Submission;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "What is due for me?" (docs/loop.md): the signed-in person's inbox, each item with the page where it is done. The
 * home page shows the first few; this page all of them, a page at a time.
 */
@Controller
public class InboxPages {

    private final PlatformApi api;

    InboxPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/inbox")
    String inbox(@RequestParam(required = false) String cursor, @RequestParam(required = false) Long minPosition,
                 SignedIn me, Model model) {
        Map<String, Object> query = new HashMap<>();
        query.put("cursor", cursor);
        query.put("minPosition", minPosition);
        query.put("limit", 50);
        Answer inbox = api.get(me.token(), "/api/v1/me/inbox", query);
        inbox.orThrow();
        model.addAttribute("items", withLinks(inbox.list("items"), me));
        model.addAttribute("nextCursor", inbox.text("nextCursor"));
        return "inbox/inbox";
    }

    /** The manager gives the time: their report takes the gig or project (docs/opportunities.md). */
    @PostMapping("/inbox/opportunities/agree")
    String agree(@RequestParam Map<String, String> form, @RequestParam String openingId,
                 @RequestParam String employeeId, @RequestParam String idempotencyKey, SignedIn me, Model model,
                 HttpServletResponse response) {
        Answer answer = api.post(me.token(), "/api/v1/openings/" + openingId + "/applications/" + employeeId
                + "/agree", Map.of(), idempotencyKey);
        return Submission.answer(answer, "/inbox", model, response, form, "agree-" + openingId,
                () -> inbox(null, null, me, model));
    }

    /** The first items of the person's inbox, with where each is done, for the home page. */
    public List<JsonObject> first(SignedIn me, int how) {
        Answer inbox = api.get(me.token(), "/api/v1/me/inbox", Map.of("limit", how));
        return inbox.ok() ? withLinks(inbox.list("items"), me) : List.of();
    }

    private static List<JsonObject> withLinks(List<?> items, SignedIn me) {
        return items.stream().map(item -> {
            @SuppressWarnings("unchecked")
            JsonObject row = JsonObject.copyOf((Map<String, Object>) item);
            row.put("link", link(row, me));
            return row;
        }).toList();
    }

    /** The page where the item is acted on. */
    static String link(Map<String, Object> item, SignedIn me) {
        String person = String.valueOf(item.get("employeeId"));
        String conversation = "/team/" + person + "/conversations/" + item.get("conversationId");
        return switch (String.valueOf(item.get("kind"))) {
            case "CONVERSATION_DUE", "NEXT_NOT_BOOKED" -> "/team/" + person + "/conversations/new";
            case "PROMPT_TO_SEND", "SUMMARY_DUE", "GOES_NOWHERE" -> conversation;
            case "REFLECTION_PROMPT" -> "/me/career-capital";
            case "COMMITMENT_DUE" -> person.equals(me.employeeId()) ? "/me/contract" : "/team/" + person + "/contract";
            case "REVIEW_DUE" -> "/team/" + person + "/contract";
            case "REASSESS_SIGNAL", "AGREE_OPPORTUNITY" -> "/team/" + person + "/capital";
            default -> "/";
        };
    }
}
