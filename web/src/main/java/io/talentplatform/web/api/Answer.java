package io.talentplatform.web.api;

import java.util.List;
import java.util.Map;

/**
 * What the platform answered to one call: the status, the JSON body as plain maps and lists (what the pages read
 * by field name, as the API documents them), the event position of a command, and the problem when it refused.
 */
public record Answer(int status, Object body, Long position, String location, Problem problem) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> json() {
        return body instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    public List<Object> list(String field) {
        return json().get(field) instanceof List<?> list ? (List<Object>) list : List.of();
    }

    public String text(String field) {
        Object value = json().get(field);
        return value == null ? null : String.valueOf(value);
    }

    /** The answer's body when the call succeeded; a refusal or failure otherwise. */
    public Map<String, Object> orThrow() {
        if (!ok()) {
            throw new PlatformRefused(this);
        }
        return json();
    }
}
