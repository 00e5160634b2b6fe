package io.talentplatform.web.signin;

import io.talentplatform.web.api.Answer;
import io.talentplatform.web.api.PlatformApi;
import io.talentplatform.web.api.WebSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The standalone build's sign-in: pick a person of the organisation and the roles to act in, as its dev tokens allow.
 * Like those tokens it answers on this machine only (the standalone build guards {@code /sign-in}); with an OpenID
 * Connect provider configured instead, it does not exist.
 */
@Controller
class DevSignIn {

    static final List<String> ROLES = List.of("EMPLOYEE", "MANAGER", "HR", "PANEL", "AUDITOR");
    /** The team of SCENARIOS.md, offered first when the demo organisation holds it. */
    private static final List<QuickPick> TEAM = List.of(
            new QuickPick("M-1", List.of("MANAGER", "EMPLOYEE")),
            new QuickPick("E-1", List.of("EMPLOYEE")),
            new QuickPick("E-3", List.of("EMPLOYEE")),
            new QuickPick("HR-1", List.of("HR")),
            new QuickPick("D-1", List.of("MANAGER", "EMPLOYEE", "PANEL")),
            new QuickPick("A-1", List.of("AUDITOR")));

    private final PlatformApi api;
    private final WebSettings settings;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    DevSignIn(PlatformApi api, WebSettings settings) {
        this.api = api;
        this.settings = settings;
    }

    record QuickPick(String employeeId, List<String> roles) {
    }

    @GetMapping("/sign-in")
    String page(@RequestParam(required = false) String query, Model model) {
        requireDevSignIn();
        String hr = token("HR-1", List.of("HR"));
        Answer found = api.get(hr, "/api/v1/employees", Map.of("query", query == null ? "" : query, "limit", 12));
        model.addAttribute("people", found.list("people"));
        model.addAttribute("query", query);
        model.addAttribute("team", TEAM);
        model.addAttribute("roles", ROLES);
        return "signin/sign-in";
    }

    @PostMapping("/sign-in")
    String signIn(@RequestParam String employeeId, @RequestParam(required = false) List<String> roles,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        requireDevSignIn();
        Set<String> chosen = new LinkedHashSet<>(roles == null ? List.of() : roles);
        chosen.retainAll(ROLES);
        if (employeeId.isBlank() || chosen.isEmpty()) {
            model.addAttribute("signInError", "signin.choose");
            return page(null, model);
        }
        String token = token(employeeId.trim(), List.copyOf(chosen));
        Answer me = api.get(token, "/api/v1/me");
        SignedIn person = new SignedIn(employeeId.trim(), me.ok() ? me.text("displayName") : null, chosen, token);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SignedInAuthentication(person));
        SecurityContextHolder.setContext(context);
        request.getSession(true);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
        return "redirect:/";
    }

    private String token(String subject, List<String> roles) {
        Answer minted = api.post(null, "/api/v1/dev/tokens", Map.of("sub", subject, "roles", roles), null);
        if (!minted.ok()) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "the dev token mint refused");
        }
        return minted.text("token");
    }

    private void requireDevSignIn() {
        if (!settings.devSignIn()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
