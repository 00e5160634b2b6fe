package io.talentplatform.command.deadlines;

import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The calendar the aggregates decide by: the day of the clock their events are stamped with (the platform clock, so
 * the standalone's dev clock moves it), in UTC, and the moment a date has passed.
 */
public final class Days {

    private Days() {
    }

    /** Today, by the clock the events of this command will carry. */
    public static LocalDate today() {
        return LocalDate.ofInstant(GenericEventMessage.clock.instant(), ZoneOffset.UTC);
    }

    /** A date "passes" when the next day begins (UTC): when a deadline for it fires. */
    public static Instant startOfDayAfter(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
