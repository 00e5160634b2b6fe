package io.talentplatform.bench.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.talentplatform.bench.Options;
import io.talentplatform.bench.platform.CatchUp;
import io.talentplatform.bench.platform.Environment;
import io.talentplatform.bench.platform.EvidenceBacklog;
import io.talentplatform.bench.platform.HistoryLoad;
import io.talentplatform.bench.platform.PlatformUnderTest;
import io.talentplatform.projections.publishing.TalentEventsPublisher;
import io.talentplatform.testkit.synthetic.OrganisationSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * BENCHMARKS.md, "stream": how long a consented change takes from the command's answer to a marketplace consumer,
 * and how fast the events publisher drains a backlog next to a raw {@link KafkaProducer} sending the very records it
 * published, with the same producer settings, in the same run.
 */
public final class StreamBenchmark {

    static final String TOPIC = "talent.events.v1";
    static final String RAW_TOPIC = "bench.raw.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private StreamBenchmark() {
    }

    public static void run(Options options) throws Exception {
        int people = options.integer("people", 50);
        int rate = options.integer("rate", 50);
        Duration duration = Duration.ofSeconds(options.integer("duration", 20));
        Duration warmup = Duration.ofSeconds(options.integer("warmup", 10));
        int backlog = options.integer("backlog", 20_000);
        int runs = options.integer("runs", 3);
        Path results = Path.of(options.text("results", "bench/results"));
        // "--organisation N": the figures in an organisation of N people (BENCHMARKS.md's scale: N and 5N), its
        // history published before anything is measured; without it, the platform holds only the bench's people.
        int organisationPeople = options.integer("organisation", 0);
        OrganisationSpec spec = organisationPeople == 0 ? null : new OrganisationSpec(organisationPeople,
                options.integer("openings", OrganisationSpec.DEFAULT_OPENINGS), options.integer("quarters", 1),
                options.number("seed", OrganisationSpec.DEFAULT_SEED), LocalDate.now(ZoneOffset.UTC));
        Instant began = Instant.now();
        System.out.printf("stream benchmark: %d people, %d commands/s for %d s, backlog %,d, %d runs%s%n", people,
                rate, duration.toSeconds(), backlog, runs, spec == null ? "" : String.format(Locale.ROOT,
                        ", in an organisation of %,d people (%d quarters)", spec.people(), spec.quarters()));

        try (PlatformUnderTest platform = PlatformUnderTest.start()) {
            Map<String, Object> organisation = spec == null ? null : publishOrganisation(platform, spec);
            String base = platform.baseUrl();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String hr = platform.devToken("HR-1", "HR");
            String manager = "M-BENCH";
            String managerToken = platform.devToken(manager, "MANAGER");
            send(http, base, "POST", "/api/v1/employees", hr, registration(manager, null));
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                String id = "P-" + i;
                ids.add(id);
                send(http, base, "POST", "/api/v1/employees", hr, registration(id, manager));
                send(http, base, "PUT", "/api/v1/employees/" + id + "/consent", platform.devToken(id, "EMPLOYEE"),
                        "{\"marketplaceVisible\":true,\"successionDiscoverable\":false,\"share\":[\"CAPABILITIES\"]}");
            }
            // Each lag command names a capability of its own, by which its record is found on the topic; evidence
            // names catalogue capabilities, so they are added first, in one import.
            List<String> lagNames = new ArrayList<>(lagCapabilities(0, (int) (rate * warmup.toSeconds())));
            for (int run = 1; run <= runs; run++) {
                lagNames.addAll(lagCapabilities(run, (int) (rate * duration.toSeconds())));
            }
            importCatalogue(http, base, hr, lagNames);
            createRawTopic(platform.kafkaBootstrapServers());
            EventProcessingConfiguration processing = platform.bean(EventProcessingConfiguration.class);
            CatchUp catchUp = new CatchUp(platform.jdbc(), processing);
            catchUp.await(Duration.ofMinutes(5));

            List<Map<String, Object>> lagRuns = new ArrayList<>();
            List<Map<String, Object>> throughputRuns = new ArrayList<>();
            // A lag run that is not counted: the first commands pay for class loading and the JIT.
            lag(http, base, managerToken, platform.kafkaBootstrapServers(), ids, rate, warmup, 0);
            catchUp.await(Duration.ofMinutes(5));
            // All lag runs first: a throughput run leaves every other processor a backlog to catch up on, which
            // would share the cores with the next lag run.
            for (int run = 1; run <= runs; run++) {
                Map<String, Object> lag = lag(http, base, managerToken, platform.kafkaBootstrapServers(), ids, rate,
                        duration, run);
                lagRuns.add(lag);
                System.out.printf(Locale.ROOT, "  run %d lag: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d events, "
                                + "%d missing); answer to send p50 %.0f p99 %.0f ms, send to receipt p50 %.0f p99 "
                                + "%.0f ms%n", run, lag.get("p50Ms"), lag.get("p99Ms"), lag.get("maxMs"),
                        lag.get("events"), lag.get("missing"), lag.get("answerToSendP50Ms"),
                        lag.get("answerToSendP99Ms"), lag.get("sendToReceiptP50Ms"), lag.get("sendToReceiptP99Ms"));
                catchUp.await(Duration.ofMinutes(5));
            }
            // A throughput run that is not counted either: the lag runs leave the publisher's hot path mostly
            // interpreted, and the first backlog is drained while the JIT compiles it
            // (docs/decisions/016-stream-bench-uncounted-run-and-eight-capabilities.md).
            throughput(platform, processing, ids, manager, backlog);
            catchUp.await(Duration.ofMinutes(15));
            for (int run = 1; run <= runs; run++) {
                Map<String, Object> throughput = throughput(platform, processing, ids, manager, backlog);
                throughputRuns.add(throughput);
                System.out.printf(Locale.ROOT, "  run %d throughput: publisher %.0f events/s, raw producer %.0f "
                                + "records/s, ratio %.2f%n", run, throughput.get("publisherEventsPerSecond"),
                        throughput.get("rawRecordsPerSecond"), throughput.get("publisherOverRaw"));
                catchUp.await(Duration.ofMinutes(15));
            }

            Map<String, Object> report = Environment.report("stream", began);
            if (organisation != null) {
                report.put("organisation", organisation);
            }
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("people", people);
            settings.put("commandsPerSecond", rate);
            settings.put("lagSecondsPerRun", duration.toSeconds());
            settings.put("lagWarmupSeconds", warmup.toSeconds());
            settings.put("backlogEvents", backlog);
            settings.put("runs", runs);
            settings.put("producer", producerSettings());
            settings.put("note", "lag: open-loop POSTs of capability evidence (one per person in turn) by the "
                    + "person's manager; the time from the HTTP answer to a consumer in the same JVM polling "
                    + TOPIC + " receiving the record. Throughput: only the events publisher runs; a backlog of "
                    + "capability evidence for consenting people is appended through Axon's event store while it "
                    + "is stopped, then it is started and timed until its token reaches the head; the raw producer "
                    + "then sends the records the publisher wrote (same keys and bytes) to " + RAW_TOPIC
                    + " (same partitions) with the same producer settings and waits for every acknowledgement. "
                    + "One throughput run before the counted ones is not counted (JIT warm-up).");
            report.put("settings", settings);
            report.put("lag", Map.of("runs", lagRuns,
                    "median", Map.of("p50Ms", median(lagRuns, "p50Ms"), "p99Ms", median(lagRuns, "p99Ms"))));
            report.put("throughput", Map.of("runs", throughputRuns,
                    "median", Map.of("publisherEventsPerSecond", median(throughputRuns, "publisherEventsPerSecond"),
                            "rawRecordsPerSecond", median(throughputRuns, "rawRecordsPerSecond"),
                            "publisherOverRaw", median(throughputRuns, "publisherOverRaw"))));

            Environment.write(results, spec == null ? "stream" : "stream-" + spec.people(), report,
                    markdown(report, lagRuns, throughputRuns));
        }
    }

    /**
     * The synthetic organisation's history appended with every processor stopped, then read models and publishers
     * started from the first event and awaited at the head: the marketplace has received the whole consented history
     * before the first measured command, as it would have on a platform that has run for those quarters.
     */
    private static Map<String, Object> publishOrganisation(PlatformUnderTest platform, OrganisationSpec spec)
            throws InterruptedException {
        HistoryLoad load = HistoryLoad.stopProcessorsAndLoad(platform, spec);
        EventProcessingConfiguration processing = platform.bean(EventProcessingConfiguration.class);
        processing.eventProcessors().values().stream().filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast).forEach(StreamingEventProcessor::start);
        CatchUp catchUp = new CatchUp(platform.jdbc(), processing);
        long started = System.nanoTime();
        Map<String, Duration> reached = catchUp.await(Duration.ofHours(3));
        double seconds = (System.nanoTime() - started) / 1e9;
        long events = catchUp.head();
        System.out.printf("%,d events appended in %.1f s; every processor at the head %.1f s later: %s%n", events,
                load.seconds(), seconds, reached);
        Map<String, Object> organisation = Environment.organisation(spec);
        organisation.put("events", events);
        organisation.put("generateAndAppendSeconds", round(load.seconds()));
        organisation.put("catchUpSeconds", round(seconds));
        Map<String, Object> byProcessor = new LinkedHashMap<>();
        reached.forEach((name, took) -> byProcessor.put(name, round(took.toMillis() / 1e3)));
        organisation.put("catchUpByProcessorSeconds", byProcessor);
        return organisation;
    }

    /**
     * Commands at a steady rate, each answered at some instant; a consumer notes when each one's record arrives.
     * Records are matched to commands by the capability's name, unique per command.
     */
    private static Map<String, Object> lag(HttpClient http, String base, String managerToken, String bootstrap,
                                           List<String> ids, int rate, Duration duration, int run) throws Exception {
        Map<String, Long> answered = new ConcurrentHashMap<>();
        Map<String, Long> received = new ConcurrentHashMap<>();
        // Wall-clock times split the lag in two: answer to the publisher's send (the record's timestamp), and send
        // to receipt (acknowledgement, token commit, the consumer's fetch).
        Map<String, Long> answeredAt = new ConcurrentHashMap<>();
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> receivedAt = new ConcurrentHashMap<>();
        AtomicBoolean consuming = new AtomicBoolean(true);
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread consumer = new Thread(() -> {
            try (KafkaConsumer<String, byte[]> kafka = consumer(bootstrap)) {
                List<TopicPartition> partitions = kafka.partitionsFor(TOPIC).stream()
                        .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
                kafka.assign(partitions);
                kafka.seekToEnd(partitions);
                partitions.forEach(kafka::position);
                ready.complete(null);
                while (consuming.get()) {
                    for (ConsumerRecord<String, byte[]> record : kafka.poll(Duration.ofMillis(5))) {
                        long now = System.nanoTime();
                        JsonNode data = JSON.readTree(record.value()).path("data");
                        String capability = data.path("capability").asText();
                        if (received.putIfAbsent(capability, now) == null) {
                            receivedAt.put(capability, System.currentTimeMillis());
                            sentAt.put(capability, record.timestamp());
                        }
                    }
                }
            } catch (Exception e) {
                ready.completeExceptionally(e);
            }
        }, "lag-consumer");
        consumer.start();
        ready.get();

        int commands = (int) (rate * duration.toSeconds());
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        for (int i = 0; i < commands; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            String capability = lagCapability(run, i);
            String person = ids.get(i % ids.size());
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/employees/" + person
                            + "/capabilities"))
                    .header("Authorization", "Bearer " + managerToken)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(evidence(capability)))
                    .build();
            inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenAccept(response -> {
                if (response.statusCode() == 201) {
                    answered.put(capability, System.nanoTime());
                    answeredAt.put(capability, System.currentTimeMillis());
                }
            }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!received.keySet().containsAll(answered.keySet()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        consuming.set(false);
        consumer.join();

        List<Double> lags = new ArrayList<>();
        answered.forEach((capability, at) -> {
            Long arrived = received.get(capability);
            if (arrived != null) {
                lags.add((arrived - at) / 1e6);
            }
        });
        Collections.sort(lags);
        List<Double> toSend = new ArrayList<>();
        List<Double> sendToReceipt = new ArrayList<>();
        answeredAt.forEach((capability, at) -> {
            if (sentAt.containsKey(capability)) {
                toSend.add((double) (sentAt.get(capability) - at));
                sendToReceipt.add((double) (receivedAt.get(capability) - sentAt.get(capability)));
            }
        });
        Collections.sort(toSend);
        Collections.sort(sendToReceipt);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("commands", commands);
        figures.put("answered201", answered.size());
        figures.put("events", lags.size());
        figures.put("missing", answered.size() - lags.size());
        figures.put("p50Ms", round(percentile(lags, 0.50)));
        figures.put("p99Ms", round(percentile(lags, 0.99)));
        figures.put("maxMs", round(lags.isEmpty() ? Double.NaN : lags.get(lags.size() - 1)));
        figures.put("arrivedBeforeAnswer", lags.stream().filter(lag -> lag < 0).count());
        figures.put("answerToSendP50Ms", percentile(toSend, 0.50));
        figures.put("answerToSendP99Ms", percentile(toSend, 0.99));
        figures.put("sendToReceiptP50Ms", percentile(sendToReceipt, 0.50));
        figures.put("sendToReceiptP99Ms", percentile(sendToReceipt, 0.99));
        return figures;
    }

    /**
     * The events publisher alone drains a backlog appended while it was stopped; then a raw producer sends the same
     * records.
     */
    private static Map<String, Object> throughput(PlatformUnderTest platform, EventProcessingConfiguration processing,
                                                  List<String> ids, String manager, int backlog) throws Exception {
        List<StreamingEventProcessor> streaming = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
        streaming.forEach(StreamingEventProcessor::shutDown);
        String bootstrap = platform.kafkaBootstrapServers();
        Map<TopicPartition, Long> before = endOffsets(bootstrap);

        // Eight capabilities in turn, as the append bench: a capability of its own per record grows every profile,
        // and the profiles publisher falls behind after every run. The events publisher, the one measured, does the
        // same work per record either way (docs/decisions/016-stream-bench-uncounted-run-and-eight-capabilities.md).
        EvidenceBacklog.append(platform, ids, manager, backlog, "backlog", 8);
        CatchUp catchUp = new CatchUp(platform.jdbc(), List.of(TalentEventsPublisher.NAME));
        long head = catchUp.head();

        StreamingEventProcessor publisher = processing
                .eventProcessor(TalentEventsPublisher.NAME, StreamingEventProcessor.class).orElseThrow();
        long started = System.nanoTime();
        publisher.start();
        while (catchUp.position(TalentEventsPublisher.NAME) < head) {
            Thread.sleep(20);
        }
        double publisherSeconds = (System.nanoTime() - started) / 1e9;

        List<ProducerRecord<String, byte[]>> records = publishedSince(bootstrap, before);
        if (records.size() < backlog) {
            throw new IllegalStateException("the publisher wrote " + records.size() + " records for a backlog of "
                    + backlog);
        }
        double rawSeconds = raw(bootstrap, records);
        // The others start only now, so that neither side shared the cores with their catch-up.
        streaming.forEach(StreamingEventProcessor::start);

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("backlogEvents", backlog);
        figures.put("recordsPublished", records.size());
        figures.put("publisherSeconds", round(publisherSeconds));
        figures.put("publisherEventsPerSecond", round(backlog / publisherSeconds));
        figures.put("rawSeconds", round(rawSeconds));
        figures.put("rawRecordsPerSecond", round(records.size() / rawSeconds));
        figures.put("publisherOverRaw", round((backlog / publisherSeconds) / (records.size() / rawSeconds)));
        return figures;
    }

    /**
     * The raw producer's topic, as many partitions as {@value #TOPIC}, created long before it is written to: a new
     * topic's partitions answer without a leader for a while, and the idempotent producer's retries of those first
     * records then fail with out-of-order sequence numbers.
     */
    private static void createRawTopic(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            if (!admin.listTopics().names().get().contains(RAW_TOPIC)) {
                int partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC)
                        .partitions().size();
                admin.createTopics(List.of(new NewTopic(RAW_TOPIC, partitions, (short) 1))).all().get();
            }
            // A topic is created before its partitions have a leader; records sent before then are refused and
            // retried, and the idempotent producer's sequence numbers no longer line up (OutOfOrderSequence).
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!admin.describeTopics(List.of(RAW_TOPIC)).allTopicNames().get().get(RAW_TOPIC).partitions()
                    .stream().allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(RAW_TOPIC + " has partitions without a leader after 30 s");
                }
                Thread.sleep(100);
            }
        }
    }

    /** The raw producer: the same records, keys and settings, sent as fast as the client allows, every ack awaited. */
    private static double raw(String bootstrap, List<ProducerRecord<String, byte[]>> records) throws Exception {
        Properties properties = new Properties();
        properties.putAll(producerSettings());
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(properties)) {
            producer.partitionsFor(RAW_TOPIC);
            long started = System.nanoTime();
            List<java.util.concurrent.Future<?>> acks = new ArrayList<>(records.size());
            for (ProducerRecord<String, byte[]> record : records) {
                acks.add(producer.send(new ProducerRecord<>(RAW_TOPIC, record.key(), record.value())));
            }
            for (java.util.concurrent.Future<?> ack : acks) {
                ack.get();
            }
            return (System.nanoTime() - started) / 1e9;
        }
    }

    /** The platform's producer settings (projections' talent-projections.yml), so both sides send alike. */
    static Map<String, Object> producerSettings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        return settings;
    }

    private static Map<TopicPartition, Long> endOffsets(String bootstrap) {
        try (KafkaConsumer<String, byte[]> kafka = consumer(bootstrap)) {
            List<TopicPartition> partitions = kafka.partitionsFor(TOPIC).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            return new LinkedHashMap<>(kafka.endOffsets(partitions));
        }
    }

    private static List<ProducerRecord<String, byte[]>> publishedSince(String bootstrap,
                                                                        Map<TopicPartition, Long> from) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> kafka = consumer(bootstrap)) {
            kafka.assign(from.keySet());
            from.forEach(kafka::seek);
            Map<TopicPartition, Long> end = kafka.endOffsets(from.keySet());
            while (from.keySet().stream().anyMatch(partition -> kafka.position(partition) < end.get(partition))) {
                for (ConsumerRecord<String, byte[]> record : kafka.poll(Duration.ofMillis(200))) {
                    records.add(new ProducerRecord<>(TOPIC, record.partition(), record.key(), record.value()));
                }
            }
        }
        return records;
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "5");
        return new KafkaConsumer<>(properties);
    }

    private static String registration(String id, String manager) {
        return """
                {"employeeId":"%s","displayName":"Person %s","jobTitle":"Engineer","level":"L4",
                 "function":"Engineering"%s}""".formatted(id, id,
                manager == null ? "" : ",\"managerId\":\"" + manager + "\"");
    }

    private static String evidence(String capability) {
        return """
                {"capability":"%s","level":3,"evidence":"shipped it","source":"REVIEW","observedOn":"%s"}"""
                .formatted(capability, LocalDate.now(ZoneOffset.UTC).minusDays(1));
    }

    private static String lagCapability(int run, int command) {
        return "lag-" + run + "-" + command;
    }

    private static List<String> lagCapabilities(int run, int commands) {
        return java.util.stream.IntStream.range(0, commands).mapToObj(i -> lagCapability(run, i)).toList();
    }

    /** Adds {@code names} to the capability catalogue as HR, in the layout of ESCO's export (labels only). */
    private static void importCatalogue(HttpClient http, String base, String hrToken, List<String> names)
            throws Exception {
        StringBuilder csv = new StringBuilder("conceptUri,preferredLabel,altLabels,skillType,reuseLevel,description\n");
        names.forEach(name -> csv.append(',').append(name).append(",,,,\n"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/api/v1/capabilities/import"))
                .header("Authorization", "Bearer " + hrToken)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("capability import: HTTP " + response.statusCode() + " "
                    + response.body());
        }
    }

    private static void send(HttpClient http, String base, String method, String path, String token, String body)
            throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " "
                    + response.body());
        }
    }

    private static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double median(List<Map<String, Object>> runs, String key) {
        List<Double> values = runs.stream().map(run -> ((Number) run.get(key)).doubleValue()).sorted().toList();
        int n = values.size();
        return round(n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2);
    }

    private static String markdown(Map<String, Object> report, List<Map<String, Object>> lagRuns,
                                   List<Map<String, Object>> throughputRuns) {
        @SuppressWarnings("unchecked")
        Map<String, Object> settings = (Map<String, Object>) report.get("settings");
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "# Stream benchmark%n%n%s, commit `%s`.%n%n%s%n%n"
                        + "## End-to-end lag (command answered to consumer receipt), %s commands/s for %s s per run%n%n"
                        + "| run | p50 ms | p99 ms | max ms | events | missing | answer to send p50 / p99 ms "
                        + "| send to receipt p50 / p99 ms |%n|---|---|---|---|---|---|---|---|%n",
                report.get("date"), report.get("commit"), settings.get("note") + organisation(report),
                settings.get("commandsPerSecond"), settings.get("lagSecondsPerRun")));
        for (int i = 0; i < lagRuns.size(); i++) {
            Map<String, Object> run = lagRuns.get(i);
            out.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s / %s | %s / %s |%n", i + 1,
                    run.get("p50Ms"), run.get("p99Ms"), run.get("maxMs"), run.get("events"), run.get("missing"),
                    run.get("answerToSendP50Ms"), run.get("answerToSendP99Ms"), run.get("sendToReceiptP50Ms"),
                    run.get("sendToReceiptP99Ms")));
        }
        out.append(String.format(Locale.ROOT, "| median | %s | %s | | | | | |%n", median(lagRuns, "p50Ms"),
                median(lagRuns, "p99Ms")));
        out.append(String.format(Locale.ROOT, "%n## Publisher throughput against a raw KafkaProducer, backlog of %s "
                        + "events%n%n| run | publisher events/s | raw producer records/s | publisher / raw |%n"
                        + "|---|---|---|---|%n", settings.get("backlogEvents")));
        for (int i = 0; i < throughputRuns.size(); i++) {
            Map<String, Object> run = throughputRuns.get(i);
            out.append(String.format(Locale.ROOT, "| %d | %s | %s | %s |%n", i + 1,
                    run.get("publisherEventsPerSecond"), run.get("rawRecordsPerSecond"),
                    run.get("publisherOverRaw")));
        }
        out.append(String.format(Locale.ROOT, "| median | %s | %s | %s |%n",
                median(throughputRuns, "publisherEventsPerSecond"), median(throughputRuns, "rawRecordsPerSecond"),
                median(throughputRuns, "publisherOverRaw")));
        out.append(String.format(Locale.ROOT, "%n## Where%n%n- machine: %s%n- JVM: %s%n- producer: %s%n",
                report.get("machine"), report.get("jvm"), settings.get("producer")));
        return out.toString();
    }

    /** The organisation the figures were taken in, when there was one. */
    private static String organisation(Map<String, Object> report) {
        @SuppressWarnings("unchecked")
        Map<String, Object> organisation = (Map<String, Object>) report.get("organisation");
        return organisation == null ? "" : String.format(Locale.ROOT, "%n%nIn an organisation of %,d people (%d "
                        + "quarters of history, seed %s, %,d events), whose history every read model and publisher "
                        + "had processed (%.0f s after the append) before the first measured command; the bench's "
                        + "own people are registered besides them.", organisation.get("people"),
                organisation.get("quarters"), organisation.get("seed"), organisation.get("events"),
                organisation.get("catchUpSeconds"));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
