package io.talentplatform.web.pools;

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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named talent pools (docs/opportunities.md): HR creates them with a rule over consented profiles; HR and panels
 * read a pool's members, readiness and bench strength, and nominate or remove members with a reason.
 */
@Controller
class PoolPages {

    static final List<String> DIRECTIONS = List.of("TECHNICAL_LEADERSHIP", "PEOPLE_LEADERSHIP", "DOMAIN_DEPTH");

    private final PlatformApi api;

    PoolPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/talent-pools")
    String pools(@RequestParam(required = false) Long minPosition, SignedIn me, Model model) {
        Map<String, Object> query = new HashMap<>();
        query.put("minPosition", minPosition);
        model.addAttribute("pools", api.get(me.token(), "/api/v1/talent-pools", query).body());
        model.addAttribute("directions", DIRECTIONS);
        return "pools/pools";
    }

    /** A rule's capabilities come as {@code capability:level} pairs; its functions one per line or comma. */
    @PostMapping("/talent-pools")
    String create(@RequestParam Map<String, String> form, @RequestParam(required = false) List<String> directions,
                  @RequestParam String idempotencyKey, SignedIn me, Model model, HttpServletResponse response) {
        Map<String, Object> rule = Bodies.from(form).requirements("capabilities").list("functions")
                .put("directions", directions == null ? List.of() : directions).build();
        boolean ruled = !((List<?>) rule.get("capabilities")).isEmpty() || !((List<?>) rule.get("functions")).isEmpty()
                || !((List<?>) rule.get("directions")).isEmpty();
        Map<String, Object> body = Bodies.from(form).text("poolId", "name", "roleFamily").flag("confidential")
                .put("rule", ruled ? rule : null).build();
        Answer answer = api.post(me.token(), "/api/v1/talent-pools", body, idempotencyKey);
        return Submission.answer(answer, "/talent-pools/" + form.get("poolId"), model, response, form, "create",
                () -> pools(null, me, model));
    }

    @GetMapping("/talent-pools/{poolId}")
    String pool(@PathVariable String poolId, @RequestParam(required = false) Long minPosition, SignedIn me,
                Model model) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("minPosition", minPosition);
        query.put("limit", 200);
        model.addAttribute("pool", api.get(me.token(), "/api/v1/talent-pools/" + poolId, query).orThrow());
        return "pools/pool";
    }

    @PostMapping("/talent-pools/{poolId}/members")
    String nominate(@PathVariable String poolId, @RequestParam Map<String, String> form,
                    @RequestParam String idempotencyKey, SignedIn me, Model model, HttpServletResponse response) {
        Answer answer = api.post(me.token(), "/api/v1/talent-pools/" + poolId + "/members",
                Bodies.from(form).text("employeeId", "reason").build(), idempotencyKey);
        return Submission.answer(answer, "/talent-pools/" + poolId, model, response, form, "nominate",
                () -> pool(poolId, null, me, model));
    }

    @PostMapping("/talent-pools/{poolId}/members/{employeeId}/remove")
    String remove(@PathVariable String poolId, @PathVariable String employeeId,
                  @RequestParam Map<String, String> form, @RequestParam String idempotencyKey, SignedIn me,
                  Model model, HttpServletResponse response) {
        Answer answer = api.send(me.token(), HttpMethod.DELETE, "/api/v1/talent-pools/" + poolId + "/members/"
                + employeeId + "?reason=" + URLEncoder.encode(form.getOrDefault("reason", ""), StandardCharsets.UTF_8),
                null, idempotencyKey);
        return Submission.answer(answer, "/talent-pools/" + poolId, model, response, form, "remove-" + employeeId,
                () -> pool(poolId, null, me, model));
    }
}
