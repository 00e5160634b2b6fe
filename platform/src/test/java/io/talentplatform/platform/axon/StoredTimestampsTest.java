package io.talentplatform.platform.axon;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredTimestampsTest {

    @Test
    void readsWhatAxonWroteAsAxonReadsIt() {
        SplittableRandom random = new SplittableRandom(7);
        long from = Instant.parse("1970-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2399-12-31T23:59:59.999Z").toEpochMilli();
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochMilli(random.nextLong(from, to));
            String stored = DateTimeUtils.formatInstant(instant);
            assertThat(StoredTimestamps.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored))
                    .isEqualTo(instant);
        }
    }

    @Test
    void edgesOfDaysMonthsAndLeapYears() {
        for (String stored : new String[]{"2024-02-29T23:59:59.999Z", "2000-02-29T00:00:00.000Z",
                "2026-12-31T23:59:59.999Z", "2027-01-01T00:00:00.000Z", "1969-12-31T23:59:59.999Z",
                "0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z"}) {
            assertThat(StoredTimestamps.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @Test
    void anyOtherShapeIsAxonsParsersToRead() {
        for (String stored : new String[]{"2026-12-03T07:16:12.680+01:00", "2026-12-03T06:16:12.680123Z",
                "2026-12-03T06:16:12Z", "2026-12-03t06:16:12.680z"}) {
            assertThat(StoredTimestamps.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @Test
    void refusesWhatAxonsParserRefuses() {
        for (String stored : new String[]{"2026-02-30T00:00:00.000Z", "2026-04-31T00:00:00.000Z", "2025-02-29T00:00:00.000Z", "2026-13-01T00:00:00.000Z",
                "2026-12-03T24:00:00.000Z", "2026-12-03T06:60:00.000Z", "2026-12-03T06:16:1x.680Z",
                "2026-1a-03T06:16:12.680Z"}) {
            assertThatThrownBy(() -> DateTimeUtils.parseInstant(stored)).as(stored)
                    .isInstanceOf(DateTimeParseException.class);
            assertThatThrownBy(() -> StoredTimestamps.parse(stored)).as(stored)
                    .isInstanceOf(DateTimeParseException.class);
        }
    }
}
