package io.talentplatform.web.shell;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after signing in: where each of the person's roles leads. */
@Controller
class Home {

    @GetMapping("/")
    String home() {
        return "shell/home";
    }
}
