package io.talentplatform.projections.scaleout;

import jakarta.annotation.PreDestroy;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Lets projections processes on one database share the work: each streaming processor may claim every segment (a
 * lone process, or the survivor of a crash, takes them all through Axon's token claims), and each process gives back
 * what it holds beyond its fair share, {@code ceil(segments / live processes)}, so that a process that joins gets
 * segments of its own. A process is live while its heartbeat in {@code projection_node} is younger than half the
 * token claim timeout: a crashed one stops beating and is no longer counted before its claims expire, so the
 * survivors that take its segments over keep them instead of giving them back to a process that is gone.
 */
@Component
class SegmentShare {

    private static final Logger log = LoggerFactory.getLogger(SegmentShare.class);

    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final JdbcClient jdbc;
    private final Duration claimTimeout;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private boolean leaving;

    SegmentShare(EventProcessingConfiguration processing, TokenStore tokens, JdbcClient jdbc,
                 @Value("${talent.processing.claim-timeout:10s}") Duration claimTimeout) {
        this.processing = processing;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.claimTimeout = claimTimeout;
    }

    @Scheduled(fixedDelayString = "${talent.projections.segment-share-interval:2s}")
    synchronized void balance() {
        if (leaving) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO projection_node (node_id, heartbeat_at) VALUES (?, now())
                        ON CONFLICT (node_id) DO UPDATE SET heartbeat_at = now()""")
                .param(node).update();
        int live = jdbc.sql("""
                        SELECT count(*) FROM projection_node
                        WHERE heartbeat_at > now() - make_interval(secs => ?)""")
                .param(claimTimeout.toMillis() / 2000.0)
                .query(Integer.class).single();
        for (StreamingEventProcessor processor : streamingProcessors()) {
            if (!processor.isRunning()) {
                continue;
            }
            List<Integer> held = processor.processingStatus().keySet().stream().sorted().toList();
            int segments = tokens.fetchSegments(processor.getName()).length;
            int share = (segments + live - 1) / Math.max(1, live);
            // Give back the highest segments first, one process's surplus at a time; Axon keeps this process from
            // claiming a released segment again for a while, long enough for another process to take it.
            for (int i = held.size() - 1; i >= share; i--) {
                log.info("{} gives segment {} of {} back: {} processes share its {} segments", node, held.get(i),
                        processor.getName(), live, segments);
                processor.releaseSegment(held.get(i), claimTimeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        jdbc.sql("DELETE FROM projection_node WHERE heartbeat_at < now() - make_interval(secs => ?)")
                .param(claimTimeout.multipliedBy(10).toMillis() / 1000.0).update();
    }

    /**
     * A process that stops says so at once: one started in its place must not count it for half a claim timeout and
     * give back segments that nobody would take.
     */
    @PreDestroy
    synchronized void leave() {
        leaving = true;
        jdbc.sql("DELETE FROM projection_node WHERE node_id = ?").param(node).update();
    }

    private List<StreamingEventProcessor> streamingProcessors() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
    }
}
