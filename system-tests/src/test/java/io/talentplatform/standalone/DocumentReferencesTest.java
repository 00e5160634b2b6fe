package io.talentplatform.standalone;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comments and documents name only what exists: a document path ({@code docs/...}) names a file of the repository,
 * a class named in a Javadoc {@code @link} or {@code @code} is declared in the repository or imported where it is
 * named, and a class a document names in backticks is declared too (or is the JDK's, Axon's, Spring's). A renamed
 * class or a moved document otherwise leaves its old name behind in prose nobody compiles.
 */
class DocumentReferencesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern DOCUMENT =
            Pattern.compile("\\bdocs/[A-Za-z0-9_./-]*[A-Za-z0-9_-]\\.(md|yaml|yml|png|svg)\\b");
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|record|enum|interface)\\s+([A-Z][A-Za-z0-9]*)");
    private static final Pattern JAVADOC_NAME = Pattern.compile("\\{@(?:link|code)\\s+([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)"
            + "(?=[}#.(\\s])");
    private static final Pattern IMPORTED = Pattern.compile("^import (?:static )?[\\w.]*\\.([A-Z]\\w*)(?:\\.\\w+)?;",
            Pattern.MULTILINE);
    /** A class name in backticks: two or more capitalised words, perhaps with a member. */
    private static final Pattern MARKDOWN_NAME =
            Pattern.compile("`([A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*)(?:[.#][a-zA-Z]+)?(?:\\(\\))?`");
    /** Library classes that comments and documents name without importing them. */
    private static final List<String> LIBRARY_PACKAGES = List.of("java.lang.", "java.util.", "java.time.",
            "java.time.format.", "java.util.concurrent.", "java.sql.", "java.io.", "java.net.", "java.nio.file.",
            "org.axonframework.eventhandling.", "org.axonframework.common.", "org.axonframework.common.transaction.",
            "org.axonframework.common.caching.",
            "org.axonframework.messaging.annotation.",
            "org.axonframework.spring.messaging.unitofwork.", "org.springframework.jdbc.core.simple.",
            "org.apache.kafka.clients.producer.");

    @Test
    void everyDocumentPathNamedAnywhereExists() {
        List<String> missing = new ArrayList<>();
        for (Path file : files(".java", ".md", ".yml", ".yaml", ".sql", ".properties", ".html")) {
            Matcher named = DOCUMENT.matcher(read(file));
            while (named.find()) {
                if (!Files.exists(ROOT.resolve(named.group()))) {
                    missing.add(ROOT.relativize(file) + " names " + named.group());
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyClassAJavadocOrADocumentNamesIsDeclared() {
        Set<String> declared = declaredTypes();
        assertThat(declared).contains("DocumentReferencesTest", "ReadModel");
        List<String> missing = new ArrayList<>();
        for (Path file : files(".java")) {
            String text = read(file);
            Set<String> imported = new HashSet<>();
            IMPORTED.matcher(text).results().forEach(result -> imported.add(result.group(1)));
            Matcher named = JAVADOC_NAME.matcher(text);
            while (named.find()) {
                String name = named.group(1);
                if (!declared.contains(name) && !imported.contains(name) && !inTheLibraries(name)) {
                    missing.add(ROOT.relativize(file) + " names " + name);
                }
            }
        }
        for (Path file : files(".md")) {
            Matcher named = MARKDOWN_NAME.matcher(read(file));
            while (named.find()) {
                if (!declared.contains(named.group(1)) && !inTheLibraries(named.group(1))) {
                    missing.add(ROOT.relativize(file) + " names " + named.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> declaredTypes() {
        Set<String> declared = new HashSet<>();
        for (Path file : files(".java")) {
            DECLARED.matcher(read(file)).results().forEach(result -> declared.add(result.group(1)));
        }
        return declared;
    }

    private static boolean inTheLibraries(String name) {
        for (String pkg : LIBRARY_PACKAGES) {
            try {
                Class.forName(pkg + name, false, DocumentReferencesTest.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException e) {
                // not in this package
            }
        }
        return false;
    }

    /** The repository's own text: every module's sources and the documents, never build output. */
    private static List<Path> files(String... endings) {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> {
                        String relative = ROOT.relativize(path).toString();
                        return !relative.startsWith(".") && !relative.contains("/target/")
                                && !relative.startsWith("target/") && !relative.contains("node_modules")
                                && !relative.contains("/.") && Stream.of(endings).anyMatch(relative::endsWith);
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
