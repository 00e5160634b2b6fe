package io.talentplatform.platform.axon;

import org.axonframework.common.DateTimeUtils;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the timestamp Axon stored with an event. Axon keeps it as text and parses it with a {@code DateTimeFormatter}
 * every time an entry is asked for it, twice per event and streaming thread, a large share of a rebuild's CPU
 * (docs/decisions/005-stored-timestamps-read-by-position.md). Axon always writes one shape, {@code 2026-12-03T06:16:12.680Z}
 * ({@link DateTimeUtils#formatInstant}), which is read here by position; anything else goes to Axon's own parser.
 */
final class StoredTimestamps {

    private static final int LENGTH = "2026-12-03T06:16:12.680Z".length();

    private StoredTimestamps() {
    }

    static Instant parse(String stored) {
        if (stored.length() != LENGTH || stored.charAt(4) != '-' || stored.charAt(7) != '-'
                || stored.charAt(10) != 'T' || stored.charAt(13) != ':' || stored.charAt(16) != ':'
                || stored.charAt(19) != '.' || stored.charAt(23) != 'Z') {
            return DateTimeUtils.parseInstant(stored);
        }
        int year = digits(stored, 0, 4);
        int month = digits(stored, 5, 2);
        int day = digits(stored, 8, 2);
        int hour = digits(stored, 11, 2);
        int minute = digits(stored, 14, 2);
        int second = digits(stored, 17, 2);
        int millis = digits(stored, 20, 3);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23
                || minute < 0 || minute > 59 || second < 0 || second > 59 || millis < 0) {
            return DateTimeUtils.parseInstant(stored);
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException noSuchDay) {
            // A day the month does not have: refused by Axon's parser, with its exception and message.
            return DateTimeUtils.parseInstant(stored);
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, millis * 1_000_000L);
    }

    /** The decimal number in {@code text[from, from + count)}, or -1 if any of it is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
