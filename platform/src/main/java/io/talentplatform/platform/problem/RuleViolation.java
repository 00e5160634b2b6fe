package io.talentplatform.platform.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A command broke a rule of the domain. Carries the problem type a client can switch on and a sentence a manager
 * understands; the HTTP layer turns it into RFC 9457 problem+json with the status of its {@link Kind}.
 */
public class RuleViolation extends RuntimeException {

    /** What kind of refusal this is, which decides the HTTP status. */
    public enum Kind {
        /** The request conflicts with the current state (duplicate, already closed): 409. */
        CONFLICT(409),
        /** The request is well formed but breaks a rule: 422. */
        UNPROCESSABLE(422),
        /** The thing the request names does not exist: 404. */
        NOT_FOUND(404),
        /** The caller may not do this to this person: 403. */
        FORBIDDEN(403);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String problem;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public RuleViolation(Kind kind, String problem, String sentence) {
        super(sentence);
        this.kind = kind;
        this.problem = problem;
    }

    public static RuleViolation conflict(String problem, String sentence) {
        return new RuleViolation(Kind.CONFLICT, problem, sentence);
    }

    public static RuleViolation unprocessable(String problem, String sentence) {
        return new RuleViolation(Kind.UNPROCESSABLE, problem, sentence);
    }

    public static RuleViolation notFound(String problem, String sentence) {
        return new RuleViolation(Kind.NOT_FOUND, problem, sentence);
    }

    public static RuleViolation forbidden(String sentence) {
        return new RuleViolation(Kind.FORBIDDEN, "forbidden", sentence);
    }

    public Kind kind() {
        return kind;
    }

    /**
     * Adds an RFC 9457 extension member to the answer, such as the catalogue entries closest to a name it does not
     * know; returns this refusal.
     */
    public RuleViolation with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    /** The extension members of the answer, in the order they were added. */
    public Map<String, Object> extensions() {
        return Collections.unmodifiableMap(extensions);
    }

    /** The problem slug, e.g. {@code employee-already-registered}; the type URI is built from it. */
    public String problem() {
        return problem;
    }
}
