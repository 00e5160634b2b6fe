package io.talentplatform.web.shell;

import io.talentplatform.web.api.Answer;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

import java.util.Map;
import java.util.function.Supplier;

/**
 * What a page does with the platform's answer to a form: on success, on to the next page, which reads at the
 * answer's event position so it shows what was just written; on refusal, the same page again with the problem
 * beside the form, what was typed kept, the form's idempotency key kept, and the platform's status.
 */
public final class Submission {

    private Submission() {
    }

    /**
     * @param next     the page to go to after a write that succeeded
     * @param formName which form on the page was sent, so the page shows the problem there
     * @param again    renders the page again, with the model this adds
     */
    public static String answer(Answer answer, String next, Model model, HttpServletResponse response,
                                Map<String, String> form, String formName, Supplier<String> again) {
        if (answer.ok()) {
            String position = answer.position() == null ? "" : (next.contains("?") ? "&" : "?")
                    + "minPosition=" + answer.position();
            return "redirect:" + next + position;
        }
        model.addAttribute("problem", answer.problem());
        model.addAttribute("form", form);
        model.addAttribute("failed", formName);
        response.setStatus(answer.status());
        return again.get();
    }
}
