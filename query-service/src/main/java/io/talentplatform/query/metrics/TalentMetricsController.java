package io.talentplatform.query.metrics;

import io.talentplatform.platform.problem.Problems.FieldError;
import io.talentplatform.platform.problem.Problems;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import io.talentplatform.platform.security.Viewer;
import io.talentplatform.platform.time.PlatformClock;
import io.talentplatform.query.freshness.ProcessedPositions;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * "How is the organisation doing at growing and keeping its people?" for HR and succession panels: the talent
 * metrics of a window (by default the last twelve months), for the whole organisation or one function. Answers only
 * about groups (docs/metrics.md).
 */
@RestController
@Validated
@EnableConfigurationProperties(TalentMetricsProperties.class)
class TalentMetricsController {

    static final String READ_MODEL = ReadModel.Names.TALENT_METRICS;

    private final TalentMetricsReader reader;
    private final ProcessedPositions positions;
    private final PlatformClock clock;

    TalentMetricsController(TalentMetricsReader reader, ProcessedPositions positions, PlatformClock clock) {
        this.reader = reader;
        this.positions = positions;
        this.clock = clock;
    }

    /** Talent metrics over a period: conversations held, commitments kept, moves, succession coverage. */
    @GetMapping("/api/v1/metrics/talent")
    TalentMetrics talent(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                         @RequestParam(required = false) @Size(max = 100) String function,
                         @RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        Access.READ_TALENT_METRICS.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
        // Without a window, the last twelve months up to today (INTERFACES.md); with one end, twelve months from it.
        if (to == null) {
            to = from == null ? clock.today() : from.plusYears(1).minusDays(1);
        }
        if (from == null) {
            from = to.minusYears(1).plusDays(1);
        }
        if (from.isAfter(to)) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.invalid(
                    "from " + from + " is after to " + to + ".",
                    List.of(new FieldError("from", "must be on or before to"))), null);
        }
        positions.awaitIfAsked(READ_MODEL, minPosition);
        // About groups only: no relationship to any person, so no field with an audience is shown.
        Viewer.of(caller, EnumSet.noneOf(Relationship.class), false).declare();
        return reader.read(from, to, function == null || function.isBlank() ? null : function, clock.today());
    }
}
