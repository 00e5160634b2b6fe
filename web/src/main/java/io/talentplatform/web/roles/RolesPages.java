package io.talentplatform.web.roles;

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

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Roles and openings: HR defines roles with the capabilities they need, opens vacancies and fills them (an internal
 * fill moves the person into the role); panels and HR follow a role to its slate and an opening to its matches.
 */
@Controller
class RolesPages {

    private final PlatformApi api;

    RolesPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/roles")
    String roles(@RequestParam(required = false) Boolean critical, @RequestParam(required = false) Long minPosition,
                 SignedIn me, Model model) {
        Map<String, Object> query = new HashMap<>();
        query.put("critical", critical);
        query.put("minPosition", minPosition);
        model.addAttribute("roles", api.get(me.token(), "/api/v1/roles", query).orThrow());
        Map<String, Object> open = new HashMap<>();
        open.put("status", "OPEN");
        open.put("kind", "ROLE");
        open.put("minPosition", minPosition);
        model.addAttribute("openings", api.get(me.token(), "/api/v1/openings", open).orThrow());
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC).toString());
        model.addAttribute("critical", critical);
        return "roles/roles";
    }

    /** Required capabilities come as {@code capability:level} pairs, one per line or comma. */
    @PostMapping("/roles")
    String define(@RequestParam Map<String, String> form, @RequestParam String idempotencyKey, SignedIn me,
                  Model model, HttpServletResponse response) {
        Answer answer = api.post(me.token(), "/api/v1/roles", Bodies.from(form).text("roleId", "title", "function",
                "level", "roleFamily").flag("critical").requirements("requiredCapabilities").build(), idempotencyKey);
        return Submission.answer(answer, "/roles", model, response, form, "define",
                () -> roles(null, null, me, model));
    }

    @PostMapping("/roles/{roleId}/openings")
    String open(@PathVariable String roleId, @RequestParam Map<String, String> form,
                @RequestParam String idempotencyKey, SignedIn me, Model model, HttpServletResponse response) {
        Answer answer = api.post(me.token(), "/api/v1/roles/" + roleId + "/openings",
                Bodies.from(form).text("openedOn").flag("internalOnly").build(), idempotencyKey);
        return Submission.answer(answer, "/roles", model, response, form, "open-" + roleId,
                () -> roles(null, null, me, model));
    }

    @PostMapping("/openings/{openingId}/fill")
    String fill(@PathVariable String openingId, @RequestParam Map<String, String> form,
                @RequestParam String idempotencyKey, SignedIn me, Model model, HttpServletResponse response) {
        Answer answer = api.post(me.token(), "/api/v1/openings/" + openingId + "/fill",
                Bodies.from(form).text("filledOn", "employeeId").build(), idempotencyKey);
        return Submission.answer(answer, "/roles", model, response, form, "fill-" + openingId,
                () -> roles(null, null, me, model));
    }
}
