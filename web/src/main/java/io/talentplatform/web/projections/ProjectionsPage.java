package io.talentplatform.web.projections;

import io.talentplatform.web.api.Answer;
import io.talentplatform.web.api.PlatformApi;
import io.talentplatform.web.signin.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * Where each read model and publisher stands against the event log, with a live progress bar while a read model is
 * rebuilt (htmx polls the status part of the page every second); HR starts rebuilds here.
 */
@Controller
class ProjectionsPage {

    private final PlatformApi api;

    ProjectionsPage(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/projections")
    String page(SignedIn me, Model model) {
        model.addAttribute("status", api.get(me.token(), "/api/v1/admin/projections").orThrow());
        return "projections/projections";
    }

    @GetMapping("/projections/status")
    String status(SignedIn me, Model model) {
        model.addAttribute("status", api.get(me.token(), "/api/v1/admin/projections").orThrow());
        return "projections/projections :: status";
    }

    @PostMapping("/projections/{name}/rebuild")
    String rebuild(@PathVariable String name, @RequestParam String idempotencyKey, SignedIn me, Model model) {
        Answer answer = api.post(me.token(), "/api/v1/admin/projections/" + name + "/rebuild", Map.of(),
                idempotencyKey);
        if (!answer.ok()) {
            model.addAttribute("problem", answer.problem());
        }
        return answer.ok() ? "redirect:/projections" : page(me, model);
    }
}
