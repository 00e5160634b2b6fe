package io.talentplatform.query.freshness;

import io.talentplatform.platform.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A read model that is behind a client's own write answers 503 with Retry-After, never a stale answer. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class FreshnessProblems {

    @ExceptionHandler(ProcessedPositions.NotYetProcessed.class)
    ResponseEntity<ProblemDetail> notYet(ProcessedPositions.NotYetProcessed e) {
        return ResponseEntity.status(503).header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.of(503, "not-yet-processed", "Read model not yet up to date", e.getMessage()));
    }
}
