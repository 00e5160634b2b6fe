package io.talentplatform.web.shell;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form's fields as the API's JSON body: sent as typed, so that the platform, not the page, judges them and its
 * problem names the field. Blank optional fields are left out.
 */
public final class Bodies {

    private final Map<String, String> form;
    private final Map<String, Object> body = new LinkedHashMap<>();

    private Bodies(Map<String, String> form) {
        this.form = form;
    }

    public static Bodies from(Map<String, String> form) {
        return new Bodies(form);
    }

    /** Fields sent as the text typed, when not blank. */
    public Bodies text(String... fields) {
        for (String field : fields) {
            String value = form.get(field);
            if (value != null && !value.isBlank()) {
                body.put(field, value.trim());
            }
        }
        return this;
    }

    /** A checkbox: true when ticked, false when not. */
    public Bodies flag(String field) {
        body.put(field, form.containsKey(field) && !"false".equals(form.get(field)));
        return this;
    }

    /** A {@code datetime-local} field (the page says it is UTC) as an ISO-8601 instant. */
    public Bodies instant(String field) {
        String value = form.get(field);
        if (value != null && !value.isBlank()) {
            try {
                body.put(field, LocalDateTime.parse(value.trim()).toInstant(ZoneOffset.UTC).toString());
            } catch (DateTimeParseException notLocal) {
                body.put(field, value.trim());
            }
        }
        return this;
    }

    /** A field of one entry per line (or per comma) as a list. */
    public Bodies list(String field) {
        String value = form.getOrDefault(field, "");
        List<String> items = Arrays.stream(value.split("[\\n,]")).map(String::trim).filter(item -> !item.isEmpty())
                .toList();
        body.put(field, items);
        return this;
    }

    /**
     * Capabilities with a level, typed as {@code capability:level} pairs one per line or comma, as a list of
     * {@code {capability, minLevel}} (a level left out is sent empty, for the API to refuse).
     */
    public Bodies requirements(String field) {
        List<Map<String, Object>> required = new java.util.ArrayList<>();
        for (String pair : form.getOrDefault(field, "").split("[\\n,]")) {
            if (!pair.isBlank()) {
                String[] parts = pair.trim().split(":");
                Map<String, Object> requirement = new java.util.LinkedHashMap<>();
                requirement.put("capability", parts[0].trim());
                requirement.put("minLevel", parts.length > 1 ? parts[1].trim() : "");
                required.add(requirement);
            }
        }
        body.put(field, required);
        return this;
    }

    public Bodies put(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public Map<String, Object> build() {
        return body;
    }
}
