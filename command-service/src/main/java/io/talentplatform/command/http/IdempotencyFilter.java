package io.talentplatform.command.http;

import io.talentplatform.command.http.IdempotencyStore.StoredAnswer;
import io.talentplatform.platform.security.CallerResolver;
import io.talentplatform.platform.web.CachedBodyRequest;
import io.talentplatform.platform.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Runs every command request in one database transaction and makes it idempotent by its {@code Idempotency-Key}.
 *
 * <p>The events a command appends, the lookups updated with them and the stored answer commit together: a request
 * either wrote everything and has an answer to replay, or wrote nothing. A retry with the same key and body gets
 * the first answer again; the same key with another body is refused with 422. Error answers are not stored: they
 * wrote nothing, so a retry simply runs again. Two concurrent requests with one key race on the stored answer's
 * primary key: the loser's transaction, events included, is rolled back and it replays the winner's answer.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyStore store;
    private final PlatformTransactionManager transactions;
    private final ProblemWriter problems;

    IdempotencyFilter(IdempotencyStore store, PlatformTransactionManager transactions, ProblemWriter problems) {
        this.store = store;
        this.transactions = transactions;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        boolean mutating = "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method)
                || "DELETE".equals(method);
        // The admin calls are operations, not commands: they append no event, and a re-wrap of every person's key
        // must commit as it goes rather than hold every row it touched in one transaction.
        return !mutating || !request.getRequestURI().startsWith("/api/v1/") || request.getRequestURI()
                .startsWith("/api/v1/dev/") || request.getRequestURI().startsWith("/api/v1/admin/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key != null && (key.isBlank() || key.length() > MAX_KEY_LENGTH)) {
            problems.write(response, 400, "invalid-idempotency-key", "Invalid Idempotency-Key",
                    "The Idempotency-Key header must be 1 to " + MAX_KEY_LENGTH + " characters.");
            return;
        }
        String caller = CallerResolver.current().employeeId();
        String fingerprint = fingerprint(request);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        TransactionStatus transaction = null;
        try {
            if (key != null) {
                Optional<StoredAnswer> earlier = store.find(caller, key);
                if (earlier.isPresent()) {
                    replay(earlier.get(), fingerprint, response);
                    return;
                }
            }
            transaction = transactions.getTransaction(new DefaultTransactionDefinition());
            chain.doFilter(request, answer);
            if (answer.getStatus() >= 200 && answer.getStatus() < 300) {
                if (key != null) {
                    store.save(caller, key, stored(fingerprint, answer));
                }
                transactions.commit(transaction);
            } else {
                transactions.rollback(transaction);
                Optional<StoredAnswer> twin = key == null ? Optional.empty() : store.find(caller, key);
                if (twin.isPresent()) {
                    // A concurrent request with the same key won the race (our append lost to its append).
                    answer.reset();
                    replay(twin.get(), fingerprint, response);
                    return;
                }
            }
        } catch (DuplicateKeyException concurrentTwin) {
            rollbackQuietly(transaction);
            StoredAnswer winner = store.find(caller, key).orElseThrow(() -> concurrentTwin);
            answer.resetBuffer();
            replay(winner, fingerprint, response);
            return;
        } catch (DataAccessException | org.springframework.transaction.TransactionException unavailable) {
            rollbackQuietly(transaction);
            log.warn("Command not committed: {}", unavailable.toString());
            answer.reset();
            problems.write(response, 503, "unavailable", "Service unavailable",
                    "The platform could not save this change. Nothing was written; retry shortly.");
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            return;
        } catch (RuntimeException | ServletException | IOException | Error failure) {
            rollbackQuietly(transaction);
            throw failure;
        }
        answer.copyBodyToResponse();
    }

    private void replay(StoredAnswer earlier, String fingerprint, HttpServletResponse response) throws IOException {
        if (!earlier.fingerprint().equals(fingerprint)) {
            problems.write(response, 422, "idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was already used for a different request. Use a new key.");
            return;
        }
        response.setStatus(earlier.status());
        if (earlier.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, earlier.location());
        }
        if (earlier.eventPosition() != null) {
            response.setHeader(CommandDispatch.POSITION_HEADER, earlier.eventPosition().toString());
        }
        if (earlier.contentType() != null) {
            response.setContentType(earlier.contentType());
        }
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(earlier.body());
    }

    private static StoredAnswer stored(String fingerprint, ContentCachingResponseWrapper answer) {
        String position = answer.getHeader(CommandDispatch.POSITION_HEADER);
        return new StoredAnswer(fingerprint, answer.getStatus(), answer.getHeader(HttpHeaders.LOCATION),
                position == null ? null : Long.valueOf(position), answer.getContentType(),
                answer.getContentAsByteArray());
    }

    private void rollbackQuietly(TransactionStatus transaction) {
        if (transaction != null && !transaction.isCompleted()) {
            try {
                transactions.rollback(transaction);
            } catch (RuntimeException e) {
                log.debug("Rollback after failure failed too", e);
            }
        }
    }

    /** Method, path and body: the same key may only ever stand for the same request. */
    private static String fingerprint(HttpServletRequest request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + " " + request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(CachedBodyRequest.bodyOf(request));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
