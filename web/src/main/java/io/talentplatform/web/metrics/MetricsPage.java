package io.talentplatform.web.metrics;

import io.talentplatform.web.api.PlatformApi;
import io.talentplatform.web.signin.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The talent metrics (docs/metrics.md) as bar charts, each with its numbers beside it: a chart alone hides the
 * counts a small group's rate rests on.
 */
@Controller
class MetricsPage {

    /** The rates, in the order the page shows them. */
    static final List<String> RATES = List.of("internalMobilityRate", "internalFillRate", "successionCoverage",
            "regrettedAttritionRate", "quarterlyConversationCadence", "fullConversationsWithAllFourOutcomes",
            "fullConversationsWithAllFourDelivered", "managerCommitmentFulfilment");
    static final List<String> OTHERS = List.of("medianDaysToFillInternal", "medianDaysToFillExternal",
            "signalingGapsOpened", "signalingGapsClosed", "supportedTransitions");
    /** Seed 000's four outcomes, each declared and delivered (docs/metrics.md, version 2). */
    static final List<String> OUTCOMES = List.of("humanCapitalUpdated", "relationshipCapitalAssessed",
            "signalingGapAssessed", "advocacyAction");

    private final PlatformApi api;

    MetricsPage(PlatformApi api) {
        this.api = api;
    }

    /** Each rate's bar, in the chart's 600 units; none for a suppressed or empty rate. */
    static Map<String, Long> widths(Map<String, Object> metrics) {
        Map<String, Long> widths = new HashMap<>();
        for (String rate : RATES) {
            if (metrics.get(rate) instanceof Map<?, ?> metric && !Boolean.TRUE.equals(metric.get("suppressed"))
                    && metric.get("value") instanceof Number value) {
                widths.put(rate, Math.round(Math.max(0, Math.min(1, value.doubleValue())) * 600));
            }
        }
        return widths;
    }

    @GetMapping("/metrics")
    String metrics(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   @RequestParam(required = false) String function, SignedIn me, Model model) {
        Map<String, Object> query = new HashMap<>();
        query.put("from", from);
        query.put("to", to);
        query.put("function", function);
        Map<String, Object> metrics = api.get(me.token(), "/api/v1/metrics/talent", query).orThrow();
        model.addAttribute("metrics", metrics);
        model.addAttribute("widths", widths(metrics));
        model.addAttribute("rates", RATES);
        model.addAttribute("others", OTHERS);
        model.addAttribute("outcomes", OUTCOMES);
        model.addAttribute("function", function);
        return "metrics/metrics";
    }
}
