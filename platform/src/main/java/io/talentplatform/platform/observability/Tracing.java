package io.talentplatform.platform.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.talentplatform.platform.axon.EventSerialization;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

import java.util.HashMap;
import java.util.Map;

/**
 * Carries a request's trace on: the command side writes the W3C {@code traceparent} of the request's span into the
 * command's metadata, Axon copies it onto every event the command causes ({@link EventSerialization}), and each
 * processor handles such an event in a span of the same trace, so a publisher's Kafka record carries it in its
 * {@code traceparent} header and every log line written meanwhile names the trace. Traces come from Micrometer
 * Tracing on OpenTelemetry; nothing is exported unless an operator configures an exporter.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration"})
public class Tracing {

    /** The metadata key and the Kafka header of the W3C trace context. */
    public static final String TRACE_PARENT = EventSerialization.TRACE_PARENT;

    /** The trace context of the span current on this thread, to write into a command's metadata. */
    @Bean
    public TraceParents traceParents(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new TraceParents(tracer.getIfAvailable(), propagator.getIfAvailable());
    }

    /** Every processor handles an event that carries a trace context in a span of that trace. */
    @Bean
    public ConfigurerModule handleEventsInTheirTrace(TraceParents traceParents) {
        return configurer -> configurer.eventProcessing().registerDefaultHandlerInterceptor(
                (configuration, processor) -> new TracedHandling(processor, traceParents));
    }

    /** A request id in every log line of a request, and in its answer's {@code X-Request-Id}. */
    @Bean
    public FilterRegistrationBean<RequestIds> requestIds() {
        FilterRegistrationBean<RequestIds> registration = new FilterRegistrationBean<>(new RequestIds());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Reads and writes W3C trace contexts with the tracer the service has, if any. */
    public static final class TraceParents {

        private final Tracer tracer;
        private final Propagator propagator;

        TraceParents(Tracer tracer, Propagator propagator) {
            this.tracer = tracer;
            this.propagator = propagator;
        }

        /** The current span's W3C context ({@code traceparent} and any {@code tracestate}); empty without a span. */
        public Map<String, String> current() {
            if (tracer == null || propagator == null || tracer.currentSpan() == null) {
                return Map.of();
            }
            Map<String, String> carrier = new HashMap<>();
            TraceContext context = tracer.currentSpan().context();
            propagator.inject(context, carrier, Map::put);
            return carrier;
        }

        /** A span of the trace named by {@code carrier}'s {@code traceparent}, started; null without a tracer. */
        Span startChild(Map<String, ?> carrier, String name) {
            if (tracer == null || propagator == null) {
                return null;
            }
            return propagator.extract(carrier, (from, key) -> {
                Object value = from.get(key);
                return value == null ? null : value.toString();
            }).name(name).kind(Span.Kind.CONSUMER).start();
        }

        Tracer.SpanInScope inScope(Span span) {
            return tracer.withSpan(span);
        }
    }

    /**
     * Handles each event that names a trace in a span of it: the processor's and the event type's name, its error if
     * it fails. Replays (a rebuild) are not traced: they would give every past request's trace a new span.
     */
    static final class TracedHandling implements MessageHandlerInterceptor<EventMessage<?>> {

        private final String processor;
        private final TraceParents traceParents;

        TracedHandling(String processor, TraceParents traceParents) {
            this.processor = processor;
            this.traceParents = traceParents;
        }

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            EventMessage<?> event = unitOfWork.getMessage();
            if (!event.getMetaData().containsKey(TRACE_PARENT) || ReplayToken.isReplay(event)) {
                return chain.proceed();
            }
            Span span = traceParents.startChild(event.getMetaData(),
                    processor + " " + event.getPayloadType().getSimpleName());
            if (span == null) {
                return chain.proceed();
            }
            try (Tracer.SpanInScope scope = traceParents.inScope(span)) {
                return chain.proceed();
            } catch (Exception | Error failure) {
                span.error(failure);
                throw failure;
            } finally {
                span.end();
            }
        }
    }
}
