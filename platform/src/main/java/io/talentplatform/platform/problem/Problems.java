package io.talentplatform.platform.problem;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Builds the platform's RFC 9457 answers, so that every error has the same shape and type namespace. */
public final class Problems {

    /** Problem types are URNs in one namespace; docs/interfaces.md describes them. */
    public static final String TYPE_PREFIX = "urn:talent:problem:";

    private Problems() {
    }

    public static ProblemDetail of(int status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        problem.setType(URI.create(TYPE_PREFIX + slug));
        problem.setTitle(title);
        return problem;
    }

    /** A validation problem with one entry per offending field, as INTERFACES.md fixes it. */
    public static ProblemDetail invalid(String detail, List<FieldError> errors) {
        ProblemDetail problem = of(400, "invalid-request", "The request is not valid", detail);
        problem.setProperty("errors", errors.stream().map(FieldError::asMap).toList());
        return problem;
    }

    /** One field that failed validation. */
    public record FieldError(String field, String message) {
        Map<String, String> asMap() {
            return Map.of("field", field, "message", message);
        }
    }
}
