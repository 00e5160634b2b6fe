package io.talentplatform.web.shell;

import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Each form is rendered with an idempotency key of its own ({@code @forms.key()}), sent back with the form and passed
 * to the API: a double click, or a reload of the answer, writes once.
 */
@Component("forms")
public class Forms {

    public String key() {
        return UUID.randomUUID().toString();
    }
}
