package io.talentplatform.standalone.readmodel;

import io.talentplatform.platform.axon.PersonSequencing;
import io.talentplatform.platform.axon.Processors;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.standalone.StandaloneTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each read model is declared once ({@link ReadModel}); everything that names it must agree with the declaration: its
 * migrations create exactly its tables, the database holds them, Axon runs a processor of its name configured as
 * declared, and no projections migration creates a table that no read model, publisher or piece of the projections'
 * machinery declares.
 */
@StandaloneTest
class ReadModelDeclarationTest {

    private static final Pattern CREATE_TABLE =
            Pattern.compile("CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    /** The projections' own tables that are not a read model: the publishers' and the processors' machinery. */
    private static final Set<String> NOT_A_READ_MODEL = Set.of("publisher_consent", "publisher_profile",
            "projection_rebuild", "projection_node", "projection_segment_change", "processor_ignored_type",
            "projection_rebuild_index");

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eachReadModelsMigrationsCreateExactlyItsDeclaredTablesAndTheDatabaseHoldsThem() throws IOException {
        for (ReadModel model : ReadModel.values()) {
            Set<String> declared = new TreeSet<>(model.tables());
            declared.addAll(model.counters());
            assertThat(createdTables(model.migrations() + "/*.sql")).as("the tables %s's migrations create", model)
                    .isEqualTo(declared);
            for (String table : declared) {
                assertThat(jdbc.sql("SELECT to_regclass(?) IS NOT NULL").param("public." + table)
                        .query(Boolean.class).single()).as("%s of %s in the database", table, model).isTrue();
            }
        }
    }

    @Test
    void everyTableTheProjectionsCreateIsDeclaredByExactlyOneReadModelOrIsMachinery() throws IOException {
        List<String> declared = new ArrayList<>();
        for (ReadModel model : ReadModel.values()) {
            declared.addAll(model.tables());
            declared.addAll(model.counters());
        }
        assertThat(declared).as("no table belongs to two read models").doesNotHaveDuplicates();
        Set<String> created = createdTables(ReadModel.MIGRATIONS + "/**/*.sql");
        Set<String> expected = new TreeSet<>(declared);
        expected.addAll(NOT_A_READ_MODEL);
        assertThat(created).isEqualTo(expected);
    }

    /**
     * A query index a rebuild drops and builds again is one of the read model's own tables' secondary indexes: never a
     * key or a unique constraint, which the rows themselves rely on.
     */
    @Test
    void eachDeclaredQueryIndexIsAPlainIndexOfItsReadModelsTables() {
        for (ReadModel model : ReadModel.values()) {
            for (String index : model.queryIndexes()) {
                List<String> found = jdbc.sql("""
                                SELECT c.relname FROM pg_index i
                                JOIN pg_class x ON x.oid = i.indexrelid JOIN pg_class c ON c.oid = i.indrelid
                                WHERE x.relname = ? AND NOT i.indisunique AND NOT i.indisprimary""")
                        .param(index).query(String.class).list();
                assertThat(found).as("the table of %s's query index %s", model, index).hasSize(1);
                assertThat(model.tables()).contains(found.get(0));
            }
        }
    }

    @Test
    void axonRunsEachReadModelsProcessorAsDeclared() {
        assertThat(Processors.READ_MODELS).containsExactlyElementsOf(ReadModel.processors());
        for (ReadModel model : ReadModel.values()) {
            assertThat(processing.eventProcessor(model.processor(), TrackingEventProcessor.class))
                    .as("a tracking processor named %s", model.processor()).isPresent();
            SequencingPolicy<?> policy = processing.sequencingPolicy(model.processor());
            assertThat(policy instanceof PersonSequencing).as("%s sequenced by person", model)
                    .isEqualTo(model.personSequenced());
            assertThat(PersonSequencing.of(model).map(Object.class::cast)).isEqualTo(
                    model.personSequenced() ? Optional.of(policy) : Optional.empty());
            assertThat(ReadModel.ofProcessor(model.processor())).contains(model);
        }
    }

    private static Set<String> createdTables(String pattern) throws IOException {
        Set<String> tables = new TreeSet<>();
        for (Resource migration : new PathMatchingResourcePatternResolver().getResources("classpath*:" + pattern)) {
            Matcher created = CREATE_TABLE.matcher(migration.getContentAsString(StandardCharsets.UTF_8));
            while (created.find()) {
                tables.add(created.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }
}
