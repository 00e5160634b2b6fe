package io.talentplatform.platform.settings;

import io.talentplatform.platform.problem.EditDistance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reports, at start, every {@code talent.*} setting (or {@code TALENT_*} environment variable) that no part of the
 * platform reads: a misspelt setting would otherwise be ignored without a word, and the platform would run on a
 * default the operator meant to change. The settings that exist are the ones the modules declare in their
 * configuration metadata ({@code META-INF/*spring-configuration-metadata.json}), which IDEs read as well.
 */
@AutoConfiguration
public class SettingsCheck {

    private static final Logger log = LoggerFactory.getLogger(SettingsCheck.class);
    private static final String[] METADATA = {"META-INF/spring-configuration-metadata.json",
            "META-INF/additional-spring-configuration-metadata.json"};

    @Bean
    UnknownSettings unknownSettings(ConfigurableEnvironment environment) {
        UnknownSettings unknown = UnknownSettings.find(environment, declared(SettingsCheck.class.getClassLoader()));
        unknown.found().forEach((name, source) -> log.warn("Unknown setting {} (from {}) is ignored{}", name, source,
                unknown.closest(name).map(known -> "; did you mean " + known + "?").orElse(".")));
        return unknown;
    }

    /** Every {@code talent.*} setting the modules on the class path declare. */
    static Set<String> declared(ClassLoader classLoader) {
        Set<String> names = new TreeSet<>();
        JsonMapper json = JsonMapper.builder().build();
        try {
            for (String resource : METADATA) {
                Enumeration<URL> files = classLoader.getResources(resource);
                while (files.hasMoreElements()) {
                    try (InputStream in = files.nextElement().openStream()) {
                        for (JsonNode property : json.readTree(in).path("properties")) {
                            String name = property.path("name").asString();
                            if (name.startsWith("talent.")) {
                                names.add(name);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the configuration metadata", e);
        }
        return names;
    }

    /**
     * The unknown settings of an environment, each with the property source it came from.
     *
     * @param declared every setting that exists, as the metadata spells it
     */
    public record UnknownSettings(Map<String, String> found, Set<String> declared) {

        static UnknownSettings find(ConfigurableEnvironment environment, Set<String> declared) {
            Set<String> known = new TreeSet<>();
            declared.forEach(name -> known.add(canonical(name)));
            Map<String, String> found = new LinkedHashMap<>();
            for (PropertySource<?> source : environment.getPropertySources()) {
                if (source instanceof EnumerablePropertySource<?> enumerable) {
                    for (String name : enumerable.getPropertyNames()) {
                        boolean ours = name.regionMatches(true, 0, "talent.", 0, 7)
                                || name.regionMatches(true, 0, "talent_", 0, 7);
                        if (ours && !known.contains(canonical(name))) {
                            found.putIfAbsent(name, source.getName());
                        }
                    }
                }
            }
            return new UnknownSettings(Map.copyOf(found), Set.copyOf(declared));
        }

        /** The declared setting nearest to a misspelt one, if any is near enough to be a likely meaning. */
        public Optional<String> closest(String name) {
            String canonical = canonical(name);
            return declared.stream()
                    .min(Comparator.comparingInt(known -> EditDistance.between(canonical, canonical(known))))
                    .filter(known -> EditDistance.between(canonical, canonical(known))
                            <= Math.max(2, canonical.length() / 5));
        }

        /**
         * Spring's relaxed names in one form: {@code talent.data-dir}, {@code talent.dataDir} and
         * {@code TALENT_DATA_DIR} are one setting.
         */
        static String canonical(String name) {
            return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        }
    }
}
