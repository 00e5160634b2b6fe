package io.talentplatform.bench.rebuild;

import io.talentplatform.bench.platform.CatchUp;
import io.talentplatform.bench.platform.PlatformUnderTest;
import io.talentplatform.platform.axon.Processors;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Baseline (a) of BENCHMARKS.md: the same four read models, the same handlers, tables, event store and database,
 * replayed by processors with Axon's default settings: a tracking processor, one thread, one segment, batch size 1
 * (a transaction and a token update per event). The platform's own processors are stopped meanwhile.
 *
 * <p>A default processor is very slow over a large log, so it runs for a window and its rate is the slowest read
 * model's position over the window; the platform's figure is over the whole log
 * (docs/decisions/017-axon-defaults-baseline-window.md).
 */
final class AxonDefaultsBaseline {

    static final String PREFIX = "bench-axon-defaults-";

    private AxonDefaultsBaseline() {
    }

    static Map<String, Object> run(PlatformUnderTest platform, int run, long windowSeconds) throws Exception {
        EventProcessingConfiguration processing = platform.bean(EventProcessingConfiguration.class);
        TokenStore tokens = platform.bean(TokenStore.class);
        TransactionManager transactions = platform.bean(TransactionManager.class);
        EventStore events = platform.bean(EventStore.class);
        platform.jdbc().sql("DELETE FROM tokenentry WHERE processorname LIKE ?").param(PREFIX + "%").update();
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
            // From the first event, on emptied tables: what a rebuild is.
            transactions.executeInTransaction(() -> {
                tokens.initializeTokenSegments(name, 1, null);
                handlers.performReset();
            });
            processors.add(processor);
        }
        CatchUp catchUp = new CatchUp(platform.jdbc(), processors.stream().map(TrackingEventProcessor::getName)
                .toList());
        long head = catchUp.head();
        long started = System.nanoTime();
        processors.forEach(TrackingEventProcessor::start);
        Map<String, Double> done = new LinkedHashMap<>();
        Map<String, Long> positions = new LinkedHashMap<>();
        double elapsed = 0;
        try {
            while (done.size() < processors.size() && elapsed < windowSeconds) {
                Thread.sleep(1000);
                elapsed = (System.nanoTime() - started) / 1e9;
                for (TrackingEventProcessor processor : processors) {
                    long position = catchUp.position(processor.getName());
                    positions.put(processor.getName(), position);
                    if (position >= head) {
                        done.putIfAbsent(processor.getName(), elapsed);
                    }
                }
            }
        } finally {
            processors.forEach(TrackingEventProcessor::shutDown);
        }
        Map<String, Long> reached = new LinkedHashMap<>();
        positions.forEach((name, position) -> reached.put(name.substring(PREFIX.length()), position));
        boolean complete = done.size() == processors.size();
        double seconds = complete ? done.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                : elapsed;
        long slowest = complete ? head : reached.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        double rate = slowest / seconds;
        platform.jdbc().sql("DELETE FROM tokenentry WHERE processorname LIKE ?").param(PREFIX + "%").update();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("run", run);
        result.put("seconds", RebuildBenchmark.round(seconds));
        result.put("complete", complete);
        result.put("positionsReached", reached);
        result.put("eventsPerSecond", RebuildBenchmark.round(rate));
        System.out.printf(Locale.ROOT, "  run %d, Axon's defaults: %,.0f events/s (slowest read model at %,d of %,d "
                + "after %.0f s)%n", run, rate, slowest, head, seconds);
        return result;
    }
}
