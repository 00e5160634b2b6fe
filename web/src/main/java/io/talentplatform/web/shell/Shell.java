package io.talentplatform.web.shell;

import io.talentplatform.web.signin.CurrentPerson;
import io.talentplatform.web.signin.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.ArrayList;
import java.util.List;

/** What every page's frame shows: who is signed in, and the places their roles lead to. */
@ControllerAdvice(basePackages = "io.talentplatform.web")
class Shell {

    private final CurrentPerson current;

    Shell(CurrentPerson current) {
        this.current = current;
    }

    /** One entry of the navigation: a path and the message key of its label. */
    public record Place(String path, String label) {
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("me")
    SignedIn me() {
        return current.get().orElse(null);
    }

    @ModelAttribute("places")
    List<Place> places() {
        SignedIn me = current.get().orElse(null);
        List<Place> places = new ArrayList<>();
        if (me == null) {
            return places;
        }
        places.add(new Place("/inbox", "nav.inbox"));
        if (me.has("MANAGER")) {
            places.add(new Place("/team", "nav.team"));
            places.add(new Place("/follow-through", "nav.followThrough"));
        }
        if (me.has("MANAGER") || me.has("HR")) {
            places.add(new Place("/gigs/new", "nav.postGig"));
        }
        if (me.has("HR") || me.has("PANEL")) {
            places.add(new Place("/talent-pools", "nav.pools"));
        }
        if (me.has("EMPLOYEE")) {
            places.add(new Place("/me/career-capital", "nav.careerCapital"));
            places.add(new Place("/me/contract", "nav.myContract"));
            places.add(new Place("/me/openings", "nav.myOpenings"));
            places.add(new Place("/me/mentors", "nav.mentors"));
        }
        if (me.has("HR")) {
            places.add(new Place("/people", "nav.people"));
            places.add(new Place("/roles", "nav.roles"));
            places.add(new Place("/capabilities", "nav.capabilities"));
            places.add(new Place("/managers", "nav.managers"));
            places.add(new Place("/metrics", "nav.metrics"));
        }
        if (me.has("PANEL")) {
            places.add(new Place("/succession", "nav.succession"));
            if (!me.has("HR")) {
                places.add(new Place("/roles", "nav.roles"));
            }
        }
        if (me.has("AUDITOR")) {
            places.add(new Place("/audit", "nav.audit"));
        }
        if (me.has("HR") || me.has("AUDITOR")) {
            places.add(new Place("/projections", "nav.projections"));
        }
        return places;
    }
}
