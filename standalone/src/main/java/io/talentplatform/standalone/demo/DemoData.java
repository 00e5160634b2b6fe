package io.talentplatform.standalone.demo;

import io.talentplatform.platform.security.TokenMint;
import io.talentplatform.platform.time.PlatformClock;
import io.talentplatform.testkit.synthetic.HistoryAppender;
import io.talentplatform.testkit.synthetic.OrganisationGenerator;
import io.talentplatform.testkit.synthetic.OrganisationSpec;
import io.talentplatform.testkit.synthetic.SyntheticOrganisation;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Demo data on request ({@code --talent.demo=true}): the synthetic organisation of the benchmarks, small,
 * with a history up to today, appended through Axon's event store once (every id starts {@code DEMO-}, so it sits
 * beside anything typed in by hand), and the team of SCENARIOS.md with its first quarter, played through the API
 * ({@link ScenarioTeam}). The read models and streams then build themselves from it as from any history.
 */
@Component
@EnableConfigurationProperties(DemoData.Settings.class)
public class DemoData {

    static final String PREFIX = "DEMO-";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Settings settings;
    private final EventStore store;
    private final TransactionManager transactions;
    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final PlatformClock clock;
    private final ObjectProvider<TokenMint> tokens;

    DemoData(Settings settings, EventStore store, TransactionManager transactions,
             EventProcessingConfiguration processing, JdbcClient jdbc, PlatformClock clock,
             ObjectProvider<TokenMint> tokens) {
        this.settings = settings;
        this.store = store;
        this.transactions = transactions;
        this.processing = processing;
        this.jdbc = jdbc;
        this.clock = clock;
        this.tokens = tokens;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart(ApplicationReadyEvent ready) {
        Environment environment = ready.getApplicationContext().getEnvironment();
        if (requested(settings, environment)) {
            load();
            loadScenarioTeam(environment.getProperty("local.server.port", Integer.class, 0));
        }
    }

    /**
     * The team of SCENARIOS.md, once, through the HTTP API with the standalone's own tokens; left out where tokens
     * come from a real identity provider, which knows none of them.
     */
    void loadScenarioTeam(int port) {
        TokenMint mint = tokens.getIfAvailable();
        boolean loaded = jdbc.sql("SELECT EXISTS (SELECT 1 FROM domainevententry WHERE aggregateidentifier = 'M-1')")
                .query(Boolean.class).single();
        if (mint == null || port == 0 || loaded) {
            return;
        }
        new ScenarioTeam(port, mint).play();
    }

    /**
     * Whether the start asked for the demo: {@code --talent.demo=true} as INTERFACES.md writes it, or
     * {@code --talent.demo.enabled=true} beside the size settings.
     */
    static boolean requested(Settings settings, Environment environment) {
        return settings.enabled() || environment.getProperty("talent.demo", Boolean.class, false);
    }

    /** Appends the demo organisation unless it is already there; what was loaded, or empty if it already was. */
    public Optional<SyntheticOrganisation> load() {
        boolean loaded = jdbc.sql("SELECT EXISTS (SELECT 1 FROM domainevententry WHERE aggregateidentifier = ?)")
                .param(PREFIX + "E-1").query(Boolean.class).single();
        if (loaded) {
            log.info("Demo organisation already loaded");
            return Optional.empty();
        }
        OrganisationSpec spec = new OrganisationSpec(settings.people(), settings.openings(), settings.quarters(),
                settings.seed(), clock.today());
        // Processors wait while the history is written: the contract policies would send commands to the very
        // streams still being appended to. They carry on from where they were once it is all there.
        List<StreamingEventProcessor> streaming = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::isRunning).toList();
        streaming.forEach(StreamingEventProcessor::shutDown);
        SyntheticOrganisation organisation;
        try {
            HistoryAppender appender = new HistoryAppender(store, transactions, HistoryAppender.DEFAULT_BATCH);
            organisation = OrganisationGenerator.generate(spec, PREFIX, appender);
            appender.flush();
        } finally {
            streaming.forEach(StreamingEventProcessor::start);
        }
        log.info("Demo organisation loaded: {} events over {} quarters, {} people employed (e.g. {}), managers e.g. "
                        + "{}, critical roles e.g. {}, open openings e.g. {}; the read models catch up in a moment",
                organisation.events(), spec.quarters(), organisation.employees().size(),
                organisation.employees().get(0), organisation.managers().get(0),
                organisation.criticalRoles().isEmpty() ? "-" : organisation.criticalRoles().get(0),
                organisation.openOpenings().isEmpty() ? "-" : organisation.openOpenings().get(0));
        return Optional.of(organisation);
    }

    /**
     * @param enabled  load the demo organisation on start (once)
     * @param people   people employed at the end of its history
     * @param openings openings open at the end
     * @param quarters quarters of history up to today
     * @param seed     the same organisation every time for the same seed
     */
    @ConfigurationProperties("talent.demo")
    public record Settings(boolean enabled, Integer people, Integer openings, Integer quarters, Long seed) {

        public Settings {
            people = people == null ? 300 : people;
            openings = openings == null ? 20 : openings;
            quarters = quarters == null ? 4 : quarters;
            seed = seed == null ? OrganisationSpec.DEFAULT_SEED : seed;
        }
    }
}
