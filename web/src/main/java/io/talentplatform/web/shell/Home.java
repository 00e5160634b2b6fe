package io.talentplatform.web.shell;

import io.talentplatform.web.inbox.InboxPages;
import io.talentplatform.web.signin.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after signing in: what is due for the person, and where each of their roles leads. */
@Controller
class Home {

    /** How many of the inbox's items the home page shows before "all of them". */
    static final int FIRST_ITEMS = 5;

    private final InboxPages inbox;

    Home(InboxPages inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/")
    String home(SignedIn me, Model model) {
        model.addAttribute("due", inbox.first(me, FIRST_ITEMS + 1));
        model.addAttribute("firstItems", FIRST_ITEMS);
        return "shell/home";
    }
}
