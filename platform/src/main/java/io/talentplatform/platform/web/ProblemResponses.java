package io.talentplatform.platform.web;

import io.talentplatform.platform.problem.Problems;
import io.talentplatform.platform.problem.Problems.FieldError;
import io.talentplatform.platform.problem.RuleViolation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import java.sql.SQLTransientException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every failure into RFC 9457 problem+json: validation and malformed input 400, rule violations 409/422,
 * unknown ids 404, concurrent modification 409, infrastructure down 503 with Retry-After. Nothing reaches the
 * client as an HTML page or a stack trace.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation violation) {
        String title = switch (violation.kind()) {
            case CONFLICT -> "Conflict with the current state";
            case UNPROCESSABLE -> "A rule of the domain was broken";
            case NOT_FOUND -> "Not found";
            case FORBIDDEN -> "Forbidden";
        };
        ProblemDetail problem = Problems.of(violation.kind().status(), violation.problem(), title,
                violation.getMessage());
        violation.extensions().forEach(problem::setProperty);
        return answer(problem);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException e) {
        return answer(Problems.of(404, "not-found", "Not found",
                "Nothing is known under the id " + e.getAggregateIdentifier() + "."));
    }

    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> alreadyExists(AggregateStreamCreationException e) {
        return answer(Problems.of(409, "already-exists", "Already exists",
                "Something with this id already exists; it was not created again."));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentModification(ConcurrencyException e) {
        return answer(Problems.of(409, "concurrent-modification", "Concurrent modification",
                "Someone else changed this record at the same moment. Nothing was written; please retry."));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException e) throws Exception {
        Throwable cause = e.getCause();
        if (cause instanceof Exception exception && cause != e) {
            return dispatch(exception);
        }
        return unexpected(e);
    }

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class, QueryTimeoutException.class, SQLTransientException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception e) {
        log.warn("Infrastructure unavailable: {}", e.toString());
        return ResponseEntity.status(503).header(HttpHeaders.RETRY_AFTER, "5").body(Problems.of(503,
                "unavailable", "Service unavailable",
                "The platform cannot reach its database right now. Nothing was written; retry shortly."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e; // Spring Security's entry points answer these with 401/403.
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            if (root instanceof RuleViolation violation) {
                return ruleViolation(violation);
            }
            if (root instanceof ConcurrencyException concurrency) {
                return concurrentModification(concurrency);
            }
            if (root instanceof java.net.ConnectException || root instanceof SQLTransientException
                    || root instanceof DataAccessResourceFailureException
                    || root instanceof TransientDataAccessException) {
                return unavailable(e);
            }
        }
        log.error("Unexpected failure", e);
        return answer(Problems.of(500, "internal", "Internal error",
                "Something unexpected went wrong. Nothing was written."));
    }

    private ResponseEntity<ProblemDetail> dispatch(Exception e) throws Exception {
        if (e instanceof RuleViolation v) {
            return ruleViolation(v);
        }
        if (e instanceof AggregateNotFoundException nf) {
            return notFound(nf);
        }
        if (e instanceof AggregateStreamCreationException ae) {
            return alreadyExists(ae);
        }
        if (e instanceof ConcurrencyException ce) {
            return concurrentModification(ce);
        }
        return unexpected(e);
    }

    /** Spring MVC's own problems (405, 406, 415, an unknown path's 404) get a type like the platform's. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(java.net.URI.create("urn:talent:problem:http-" + statusCode.value()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        String detail = errors.stream().map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(Problems.invalid(detail, errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldError(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        String detail = errors.stream().map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(Problems.invalid(detail, errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Throwable cause = ex.getCause();
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String field = path(invalid);
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return invalidField(field, "must be one of " + allowed);
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            // Refused rather than ignored: a misspelt optional field ("mangerId") would otherwise be dropped silently.
            return invalidField(path(unknown), "is not a field of this request");
        }
        if (cause instanceof ValueInstantiationException instantiation) {
            Throwable reason = instantiation.getCause() != null ? instantiation.getCause() : instantiation;
            return ResponseEntity.badRequest().body(Problems.invalid(reason.getMessage(), List.of()));
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String expected = mismatched.getTargetType() == null ? "a different type"
                    : describe(mismatched.getTargetType());
            return invalidField(path(mismatched), "must be " + expected);
        }
        if (cause instanceof JacksonException) {
            return ResponseEntity.badRequest().body(Problems.of(400, "malformed-json", "Malformed JSON",
                    "The request body is not valid JSON."));
        }
        return ResponseEntity.badRequest().body(Problems.of(400, "unreadable-body", "Unreadable request body",
                "The request body is missing or cannot be read as JSON."));
    }

    /** A {@code @Validated} controller's parameter constraint ({@code ?limit=0}): the caller's mistake, 400. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolated(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> {
                    String field = "";
                    for (Path.Node node : violation.getPropertyPath()) {
                        field = node.getName();
                    }
                    return new FieldError(field, violation.getMessage());
                })
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.stream().map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(Problems.invalid(detail, errors));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "a different type" : describe(e.getRequiredType());
        return invalidField(e.getName(), "must be " + expected);
    }

    private static ResponseEntity<Object> invalidField(String field, String message) {
        return ResponseEntity.badRequest()
                .body(Problems.invalid(field + " " + message, List.of(new FieldError(field, message))));
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or timestamp";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == String.class) {
            return "a string";
        }
        return "an object";
    }

    private static <T> ResponseEntity<T> answer(ProblemDetail problem) {
        @SuppressWarnings("unchecked")
        T body = (T) problem;
        return ResponseEntity.status(problem.getStatus()).body(body);
    }
}
