package io.talentplatform.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The platform's notion of now: the system clock plus an offset that only the standalone's dev endpoint moves
 * (so demos and tests can let weeks pass). Everything that asks "what is today?" asks this clock, including the
 * timestamps Axon puts on events.
 */
public final class PlatformClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    public PlatformClock(Clock base) {
        this.base = base;
    }

    public static PlatformClock systemUtc() {
        return new PlatformClock(Clock.systemUTC());
    }

    /** Moves the clock forward; it never goes back, so that no event is stamped before an earlier one. */
    public synchronized void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the platform clock only moves forward");
        }
        offset = offset.plus(by);
    }

    /**
     * Back to the system clock. Only for tests that let time pass and must leave the clock as they found it: in a
     * running platform the clock never goes back, so no event is stamped before an earlier one.
     */
    public synchronized void resetForTests() {
        offset = Duration.ZERO;
    }

    public Duration offset() {
        return offset;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant(), ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the platform runs on UTC");
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }
}
