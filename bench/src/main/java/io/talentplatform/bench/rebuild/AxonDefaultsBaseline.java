package io.talentplatform.bench.rebuild;

import io.talentplatform.bench.platform.CatchUp;
import io.talentplatform.bench.platform.PlatformUnderTest;
import io.talentplatform.bench.platform.ResourceUse;
import io.talentplatform.platform.axon.Processors;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Baseline (a) of BENCHMARKS.md: the same four read models, the same handlers, tables, event store and database,
 * replayed by processors with Axon's default settings: a tracking processor, one thread, one segment, batch size 1
 * (a transaction and a token update per event). The platform's own processors are stopped meanwhile.
 *
 * <p>A default processor is too slow to replay a large log in every run, so it is timed in {@value #WINDOWS} windows
 * spread over the log, one starting at each {@value #WINDOWS}th of it, and its time over the whole log is
 * extrapolated from each window's rate over its part (docs/decisions/017-axon-defaults-baseline-window.md).
 */
final class AxonDefaultsBaseline {

    static final String PREFIX = "bench-axon-defaults-";
    static final int WINDOWS = 3;

    private AxonDefaultsBaseline() {
    }

    /** {@code windowSeconds} is the whole time given to the baseline, shared by its windows. */
    static Map<String, Object> run(PlatformUnderTest platform, int run, long windowSeconds) throws Exception {
        CatchUp head = new CatchUp(platform.jdbc(), List.of());
        long events = head.head();
        List<Map<String, Object>> windows = new ArrayList<>();
        double extrapolatedSeconds = 0;
        double cpuSeconds = 0;
        double jvmCpuSeconds = 0;
        long rows = 0;
        long handled = 0;
        for (int window = 0; window < WINDOWS; window++) {
            long from = events * window / WINDOWS;
            long to = events * (window + 1) / WINDOWS;
            Map<String, Object> timed = window(platform, from, to, Math.max(1, windowSeconds / WINDOWS));
            double rate = (Double) timed.get("eventsPerSecond");
            extrapolatedSeconds += (to - from) / rate;
            Map<?, ?> use = (Map<?, ?>) timed.get("resources");
            jvmCpuSeconds += ((Number) use.get("jvmCpuSeconds")).doubleValue();
            cpuSeconds += ((Number) use.get("jvmCpuSeconds")).doubleValue()
                    + ((Number) use.get("postgresCpuSeconds")).doubleValue();
            rows += ((Number) use.get("rowsWritten")).longValue();
            handled += (Long) timed.get("eventsHandled");
            windows.add(timed);
        }
        double rate = events / extrapolatedSeconds;
        Map<String, Object> resources = new LinkedHashMap<>();
        resources.put("jvmShareOfCpu", cpuSeconds == 0 ? 0 : RebuildBenchmark.round(jvmCpuSeconds / cpuSeconds));
        resources.put("cpuMicrosecondsPerEvent", handled == 0 ? 0 : RebuildBenchmark.round(cpuSeconds * 1e6 / handled));
        resources.put("rowsWrittenPerEvent", handled == 0 ? 0 : RebuildBenchmark.round((double) rows / handled));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("run", run);
        result.put("extrapolatedSeconds", RebuildBenchmark.round(extrapolatedSeconds));
        result.put("eventsPerSecond", RebuildBenchmark.round(rate));
        result.put("resources", resources);
        result.put("windows", windows);
        System.out.printf(Locale.ROOT, "  run %d, Axon's defaults: %,.0f events/s over the log, extrapolated from %d "
                + "windows (%,.0f s for %,d events); %s%n", run, rate, WINDOWS, extrapolatedSeconds, events,
                ResourceUse.describe(resources));
        return result;
    }

    /** Default processors from {@code from} on emptied tables, for {@code seconds} or until they pass {@code to}. */
    private static Map<String, Object> window(PlatformUnderTest platform, long from, long to, long seconds)
            throws Exception {
        EventProcessingConfiguration processing = platform.bean(EventProcessingConfiguration.class);
        TokenStore tokens = platform.bean(TokenStore.class);
        TransactionManager transactions = platform.bean(TransactionManager.class);
        EventStore events = platform.bean(EventStore.class);
        platform.jdbc().sql("DELETE FROM tokenentry WHERE processorname LIKE ?").param(PREFIX + "%").update();
        TrackingToken start = from == 0 ? null : GapAwareTrackingToken.newInstance(from, Set.of());
        List<TrackingEventProcessor> processors = new ArrayList<>();
        for (String readModel : Processors.READ_MODELS) {
            EventHandlerInvoker handlers = processing.eventProcessor(readModel, AbstractEventProcessor.class)
                    .orElseThrow().eventHandlerInvoker();
            String name = PREFIX + readModel;
            TrackingEventProcessor processor = TrackingEventProcessor.builder()
                    .name(name)
                    .eventHandlerInvoker(handlers)
                    .messageSource(events)
                    .tokenStore(tokens)
                    .transactionManager(transactions)
                    .trackingEventProcessorConfiguration(
                            TrackingEventProcessorConfiguration.forSingleThreadedProcessing())
                    .build();
            // On emptied tables, as a rebuild starts. A window past the start finds rows missing that its events
            // would update: cheaper writes, so the extrapolation flatters the baseline, never the platform.
            transactions.executeInTransaction(() -> {
                tokens.initializeTokenSegments(name, 1, start);
                handlers.performReset();
            });
            processors.add(processor);
        }
        CatchUp catchUp = new CatchUp(platform.jdbc(), processors.stream().map(TrackingEventProcessor::getName)
                .toList());
        ResourceUse use = ResourceUse.start(platform.jdbc());
        long started = System.nanoTime();
        processors.forEach(TrackingEventProcessor::start);
        long slowest = from;
        double elapsed = 0;
        try {
            while (slowest < to && elapsed < seconds) {
                Thread.sleep(1000);
                elapsed = (System.nanoTime() - started) / 1e9;
                slowest = processors.stream().mapToLong(processor -> catchUp.position(processor.getName())).min()
                        .orElseThrow();
            }
        } finally {
            processors.forEach(TrackingEventProcessor::shutDown);
        }
        long handled = Math.max(1, Math.min(slowest, to) - from);
        Thread.sleep(1500); // the last transactions' row counts reach pg_stat_user_tables
        Map<String, Object> resources = use.stop(handled);
        platform.jdbc().sql("DELETE FROM tokenentry WHERE processorname LIKE ?").param(PREFIX + "%").update();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("from", from);
        result.put("seconds", RebuildBenchmark.round(elapsed));
        result.put("eventsHandled", handled);
        result.put("eventsPerSecond", RebuildBenchmark.round(handled / elapsed));
        result.put("resources", resources);
        return result;
    }
}
