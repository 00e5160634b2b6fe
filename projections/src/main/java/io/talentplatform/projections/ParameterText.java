package io.talentplatform.projections;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A parameter's value as the text PostgreSQL reads back as the same value, for the writes that send values as text
 * (a multi-row statement's array, a {@code COPY}): a moment rounded to the microsecond half up, as the JDBC driver
 * sends a one-row statement's timestamp (PostgreSQL would round nine digits itself, half to even, and a row could
 * differ by a microsecond between the two forms); anything else as its own text.
 */
public final class ParameterText {

    private ParameterText() {
    }

    public static String of(Object value) {
        if (value instanceof Timestamp timestamp) {
            return toMicros(timestamp.toInstant());
        } else if (value instanceof Instant instant) {
            return toMicros(instant);
        } else if (value instanceof OffsetDateTime dateTime) {
            return toMicros(dateTime.toInstant());
        }
        return value.toString();
    }

    private static String toMicros(Instant at) {
        long micros = (at.getNano() + 500) / 1000;
        return Instant.ofEpochSecond(at.getEpochSecond() + micros / 1_000_000, micros % 1_000_000 * 1000).toString();
    }
}
