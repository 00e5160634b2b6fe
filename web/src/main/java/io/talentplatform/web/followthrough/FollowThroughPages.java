package io.talentplatform.web.followthrough;

import io.talentplatform.web.api.PlatformApi;
import io.talentplatform.web.signin.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.HashMap;
import java.util.Map;

/**
 * Follow-through (seed 001, "the biggest failure mode is the manager who runs a great conversation and then does
 * nothing"): a manager's own commitments and how many were kept on time; for HR, the same line for every manager.
 */
@Controller
class FollowThroughPages {

    private final PlatformApi api;

    FollowThroughPages(PlatformApi api) {
        this.api = api;
    }

    @GetMapping("/follow-through")
    String mine(@RequestParam(required = false) Long minPosition, SignedIn me, Model model) {
        Map<String, Object> query = new HashMap<>();
        query.put("minPosition", minPosition);
        model.addAttribute("view", api.get(me.token(), "/api/v1/managers/" + me.employeeId() + "/follow-through",
                query).orThrow());
        return "followthrough/mine";
    }

    @GetMapping("/managers")
    String managers(@RequestParam(required = false) String cursor, SignedIn me, Model model) {
        Map<String, Object> query = new HashMap<>();
        query.put("cursor", cursor);
        model.addAttribute("page", api.get(me.token(), "/api/v1/managers", query).orThrow());
        return "followthrough/managers";
    }
}
