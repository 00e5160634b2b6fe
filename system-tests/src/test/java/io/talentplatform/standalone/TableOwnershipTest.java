package io.talentplatform.standalone;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service writes only the tables its own migrations create (or the platform's, which every service shares): the
 * read side does not write the projections' tables, and a read model's tables are written by the projections. A
 * rebuild request is therefore a command the projections service handles, not a row the query service inserts.
 */
class TableOwnershipTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> SERVICES = List.of("command-service", "projections", "query-service");
    private static final Pattern CREATED = Pattern.compile("(?i)\\bCREATE\\s+(?:UNLOGGED\\s+)?TABLE\\s+"
            + "(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)");
    private static final Pattern WRITTEN = Pattern.compile("\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|"
            + "TRUNCATE(?:\\s+TABLE)?)\\s+([a-z_][a-z0-9_]*)\\b");

    @Test
    void eachServiceWritesOnlyTablesItsOwnMigrationsOrThePlatformsCreate() {
        Set<String> platform = created("platform");
        assertThat(platform).contains("domainevententry", "tokenentry");
        List<String> strangers = new ArrayList<>();
        for (String service : SERVICES) {
            Set<String> own = created(service);
            assertThat(own).as(service + " creates tables").isNotEmpty();
            int writes = 0;
            for (Map.Entry<Path, String> source : sources(service).entrySet()) {
                Matcher written = WRITTEN.matcher(source.getValue());
                while (written.find()) {
                    String table = written.group(1);
                    writes++;
                    if (!own.contains(table) && !platform.contains(table)) {
                        strangers.add(ROOT.relativize(source.getKey()) + " writes " + table);
                    }
                }
            }
            assertThat(writes).as(service + " writes its tables in SQL the check reads").isPositive();
        }
        assertThat(strangers).isEmpty();
    }

    @Test
    void theCheckSeesWritesInTextBlocks() {
        Matcher written = WRITTEN.matcher("""
                jdbc.sql(\"""
                        INSERT INTO projection_rebuild (processor) VALUES (?)\""")""");
        assertThat(written.find()).isTrue();
        assertThat(written.group(1)).isEqualTo("projection_rebuild");
    }

    private static Set<String> created(String module) {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/resources/db/migration"))) {
            files.filter(file -> file.toString().endsWith(".sql")).forEach(file -> {
                Matcher create = CREATED.matcher(read(file));
                while (create.find()) {
                    tables.add(create.group(1).toLowerCase());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private static Map<Path, String> sources(String module) {
        try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .collect(java.util.stream.Collectors.toMap(file -> file, TableOwnershipTest::read));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
