package io.talentplatform.web.api;

import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem the platform answered, kept whole so a form can show each field's message beside that field
 * and the rest above it.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    @SuppressWarnings("unchecked")
    static Problem from(int status, Object body) {
        if (!(body instanceof Map<?, ?> map)) {
            return new Problem("about:blank", "The platform could not answer", status, null, List.of());
        }
        List<FieldError> errors = map.get("errors") instanceof List<?> list ? list.stream()
                .filter(Map.class::isInstance).map(error -> (Map<String, Object>) error)
                .map(error -> new FieldError(String.valueOf(error.get("field")), String.valueOf(error.get("message"))))
                .toList() : List.of();
        return new Problem(String.valueOf(map.get("type")), String.valueOf(map.get("title")), status,
                map.get("detail") == null ? null : String.valueOf(map.get("detail")), errors);
    }

    /** The message about one field of the form, or null. */
    public String errorFor(String field) {
        return errors.stream().filter(error -> error.field().equals(field)).map(FieldError::message).findFirst()
                .orElse(null);
    }

    public boolean hasErrorFor(String field) {
        return errorFor(field) != null;
    }
}
