package io.talentplatform.standalone;

import io.talentplatform.platform.settings.SettingsCheck.UnknownSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every setting the code reads is declared, so that the start's check of unknown settings (SettingsCheck) never
 * warns about a real one, and a start with the shipped configuration warns about nothing.
 */
@StandaloneTest
class SettingsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(talent\\.[a-zA-Z0-9.-]+)");

    @Autowired
    UnknownSettings unknown;

    @Test
    void theShippedConfigurationHasNoUnknownSetting() {
        assertThat(unknown.found()).isEmpty();
    }

    @Test
    void everySettingTheCodeReadsIsDeclared() throws IOException {
        Set<String> read = new TreeSet<>();
        Path project = Path.of("..").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(project)) {
            files.filter(file -> file.toString().contains("/src/main/"))
                    .filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".yml"))
                    .forEach(file -> {
                        Matcher matcher = PLACEHOLDER.matcher(read(file));
                        while (matcher.find()) {
                            read.add(matcher.group(1));
                        }
                    });
        }
        assertThat(read).hasSizeGreaterThan(15);
        assertThat(unknown.declared()).containsAll(read);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
