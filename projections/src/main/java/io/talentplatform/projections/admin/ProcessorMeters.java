package io.talentplatform.projections.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.talentplatform.platform.axon.Processors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The projections' state as gauges an operator can alert on: each processor's lag behind the log
 * ({@code talent_processor_lag_events}, by processor and kind), the slowest marketplace publisher's
 * ({@code talent_publisher_lag_events}), and the development-contract commitments overdue now
 * ({@code talent_commitments_overdue}), from the follow-through read model. The statuses are read once per scrape, not
 * once per gauge.
 */
@Component
class ProcessorMeters implements MeterBinder {

    /** Gauges asked within this time share one reading of the statuses: one scrape. */
    private static final Duration ONE_SCRAPE = Duration.ofSeconds(1);

    private final ProcessorStatuses statuses;
    private final JdbcClient jdbc;
    private volatile Reading reading = new Reading(Map.of(), 0);

    ProcessorMeters(ProcessorStatuses statuses, JdbcClient jdbc) {
        this.statuses = statuses;
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String processor : Processors.ALL) {
            Gauge.builder("talent.processor.lag", () -> lag(processor))
                    .description("Events in the log the processor has not processed yet (an upper bound)")
                    .tag("processor", processor).tag("kind", kind(processor)).baseUnit("events")
                    .register(registry);
        }
        Gauge.builder("talent.publisher.lag", () -> Processors.PUBLISHERS.stream().mapToLong(this::lag).max()
                        .orElse(0))
                .description("Events the slowest marketplace publisher has not sent yet").baseUnit("events")
                .register(registry);
        Gauge.builder("talent.commitments.overdue", () -> jdbc.sql(
                        "SELECT count(*) FROM ft_commitment WHERE status = 'OVERDUE'").query(Long.class).single())
                .description("Development-contract commitments past their due date and not completed")
                .register(registry);
    }

    private long lag(String processor) {
        Reading current = reading;
        if (System.nanoTime() - current.readAt() > ONE_SCRAPE.toNanos() || current.lags().isEmpty()) {
            current = new Reading(statuses.all().processors().stream()
                    .collect(Collectors.toMap(ProcessorStatuses.Status::name, ProcessorStatuses.Status::lag)),
                    System.nanoTime());
            reading = current;
        }
        return current.lags().getOrDefault(processor, 0L);
    }

    private static String kind(String processor) {
        return Processors.PUBLISHERS.contains(processor) ? "publisher"
                : Processors.READ_MODELS.contains(processor) ? "read_model" : "recorder";
    }

    private record Reading(Map<String, Long> lags, long readAt) {
    }
}
