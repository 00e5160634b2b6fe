package io.talentplatform.query.mobility;

import io.talentplatform.platform.problem.RuleViolation;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** {@code ?asOf=}: a moment (2026-05-01T12:00:00Z), or a day (2026-05-01), which means the end of that day (UTC). */
final class AsOf {

    private AsOf() {
    }

    static Instant parse(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1000);
            }
            return Instant.parse(text);
        } catch (DateTimeException e) {
            throw RuleViolation.unprocessable("bad-as-of", "asOf is a moment such as 2026-05-01T12:00:00Z or a day "
                    + "such as 2026-05-01; " + text + " is neither.");
        }
    }
}
