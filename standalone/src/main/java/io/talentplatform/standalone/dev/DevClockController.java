package io.talentplatform.standalone.dev;

import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.time.PlatformClock;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * {@code POST /api/v1/dev/clock {"advance": "P30D"}}: lets weeks pass in a demo. Moves the platform clock forward
 * (never back); everything that asks for today, and every event's timestamp, follows it. Standalone profile only.
 */
@RestController
@Profile("standalone")
class DevClockController {

    private final PlatformClock clock;

    DevClockController(PlatformClock clock) {
        this.clock = clock;
    }

    /** An ISO-8601 duration such as {@code P15D} or {@code PT36H}. */
    record Advance(@NotBlank String advance) {
    }

    /** Where the platform's clock stands now: the instant, its day (UTC), and how far it runs ahead of real time. */
    record ClockNow(String now, String today, String offset) {
    }

    @PostMapping("/api/v1/dev/clock")
    ClockNow advance(@Valid @RequestBody Advance request) {
        Duration by;
        try {
            by = Duration.parse(request.advance());
        } catch (DateTimeParseException e) {
            throw RuleViolation.unprocessable("invalid-duration",
                    "advance must be an ISO-8601 duration in days or hours, such as P15D or PT36H.");
        }
        if (by.isNegative()) {
            throw RuleViolation.unprocessable("clock-backwards", "The platform clock only moves forward.");
        }
        clock.advance(by);
        return new ClockNow(clock.instant().toString(), clock.today().toString(), clock.offset().toString());
    }
}
