package io.talentplatform.command.http;

import io.talentplatform.platform.time.PlatformClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The stored first answers to idempotent requests, in PostgreSQL so that they survive restarts and span instances. */
@Component
class IdempotencyStore {

    private final JdbcClient jdbc;
    private final PlatformClock clock;

    IdempotencyStore(JdbcClient jdbc, PlatformClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<StoredAnswer> find(String caller, String key) {
        return jdbc.sql("""
                        SELECT fingerprint, status, location, event_position, content_type, body
                        FROM idempotent_request WHERE caller = ? AND idempotency_key = ?""")
                .params(caller, key)
                .query((rs, row) -> new StoredAnswer(rs.getString(1), rs.getInt(2), rs.getString(3),
                        (Long) rs.getObject(4), rs.getString(5), rs.getBytes(6)))
                .optional();
    }

    /** Fails with a duplicate-key error when a concurrent request with the same key committed first. */
    void save(String caller, String key, StoredAnswer answer) {
        jdbc.sql("""
                        INSERT INTO idempotent_request
                            (caller, idempotency_key, fingerprint, status, location, event_position, content_type, body,
                             created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caller, key, answer.fingerprint(), answer.status(), answer.location(),
                        answer.eventPosition(), answer.contentType(), answer.body(),
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** Deletes the answers stored before {@code cutoff}; how many. */
    int expireBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM idempotent_request WHERE created_at < ?").param(Timestamp.from(cutoff)).update();
    }

    /** The first answer given under a key, and the fingerprint of the request that got it. */
    record StoredAnswer(String fingerprint, int status, String location, Long eventPosition, String contentType,
                        byte[] body) {
    }
}
