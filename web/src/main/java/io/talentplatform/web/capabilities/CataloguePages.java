package io.talentplatform.web.capabilities;

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

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The capability catalogue HR keeps (docs/capabilities.md): search it and add an entry with its aliases; ESCO's
 * skills export is imported through the API. Everyone else names its entries; HR alone changes it.
 */
@Controller
class CataloguePages {

    private final PlatformApi api;

    CataloguePages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/capabilities")
    String catalogue(@RequestParam(required = false) String query, @RequestParam(required = false) String cursor,
                     @RequestParam(required = false) Long minPosition, SignedIn me, Model model) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("query", query);
        parameters.put("cursor", cursor);
        parameters.put("minPosition", minPosition);
        parameters.put("limit", 50);
        model.addAttribute("catalogue", api.get(me.token(), "/api/v1/capabilities", parameters).orThrow());
        model.addAttribute("query", query);
        return "capabilities/catalogue";
    }

    /** Aliases come separated by commas or lines. */
    @PostMapping("/capabilities")
    String add(@RequestParam Map<String, String> form, @RequestParam String idempotencyKey, SignedIn me, Model model,
               HttpServletResponse response) {
        List<String> aliases = Arrays.stream(form.getOrDefault("aliases", "").split("[\\n,]"))
                .map(String::trim).filter(alias -> !alias.isEmpty()).toList();
        Answer answer = api.post(me.token(), "/api/v1/capabilities", Bodies.from(form)
                .text("capabilityId", "label", "escoUri", "description").put("aliases", aliases).build(),
                idempotencyKey);
        return Submission.answer(answer, "/capabilities?query=" + form.getOrDefault("capabilityId", ""), model,
                response, form, "add", () -> catalogue(null, null, null, me, model));
    }
}
