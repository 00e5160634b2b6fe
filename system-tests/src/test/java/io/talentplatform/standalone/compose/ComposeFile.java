package io.talentplatform.standalone.compose;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docker-compose.yml as Compose reads it, as far as starting its services elsewhere needs: each service's
 * environment after interpolation from the operator's shell (YAML merge keys included), its volume mounts, what it
 * waits for and where its image is built.
 */
final class ComposeFile {

    /** {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME-default}}, {@code ${NAME:?message}}. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

    private final Map<String, Object> services;
    private final Map<String, String> shell;

    private ComposeFile(Map<String, Object> services, Map<String, String> shell) {
        this.services = services;
        this.shell = shell;
    }

    /** The file, interpolated from {@code shell}: the variables set where {@code docker compose up} runs. */
    @SuppressWarnings("unchecked")
    static ComposeFile read(Path file, Map<String, String> shell) {
        try {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
            return new ComposeFile((Map<String, Object>) root.get("services"), shell);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    Service service(String name) {
        Map<String, Object> service = (Map<String, Object>) services.get(name);
        if (service == null) {
            throw new AssertionError("docker-compose.yml has no service " + name);
        }
        Map<String, String> environment = new LinkedHashMap<>();
        Object declared = service.getOrDefault("environment", Map.of());
        if (declared instanceof Map<?, ?> map) {
            map.forEach((key, value) -> environment.put(String.valueOf(key),
                    value == null ? "" : interpolate(String.valueOf(value))));
        } else {
            for (Object entry : (List<Object>) declared) {
                String[] pair = String.valueOf(entry).split("=", 2);
                environment.put(pair[0], pair.length > 1 ? interpolate(pair[1]) : shell.getOrDefault(pair[0], ""));
            }
        }
        List<Mount> mounts = new ArrayList<>();
        for (Object volume : (List<Object>) service.getOrDefault("volumes", List.of())) {
            String[] parts = String.valueOf(volume).split(":");
            mounts.add(new Mount(parts[0], parts[1], parts.length > 2 && parts[2].equals("ro")));
        }
        List<String> dependsOn = new ArrayList<>();
        Object depends = service.getOrDefault("depends_on", List.of());
        if (depends instanceof Map<?, ?> map) {
            map.keySet().forEach(key -> dependsOn.add(String.valueOf(key)));
        } else {
            ((List<Object>) depends).forEach(key -> dependsOn.add(String.valueOf(key)));
        }
        List<String> ports = new ArrayList<>();
        ((List<Object>) service.getOrDefault("ports", List.of())).forEach(port -> ports.add(String.valueOf(port)));
        Object build = service.get("build");
        return new Service(name, environment, mounts, dependsOn, ports, build == null ? null : String.valueOf(build));
    }

    private String interpolate(String value) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String set = shell.get(matcher.group(1));
            String operator = matcher.group(2);
            String argument = matcher.group(3);
            String replacement;
            if (operator == null) {
                replacement = set == null ? "" : set;
            } else if (operator.equals(":-")) {
                replacement = set == null || set.isEmpty() ? argument : set;
            } else if (operator.equals("-")) {
                replacement = set == null ? argument : set;
            } else if (operator.equals(":?") ? set == null || set.isEmpty() : set == null) {
                throw new IllegalStateException("docker-compose.yml requires " + matcher.group(1) + ": " + argument);
            } else {
                replacement = set;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        String interpolated = matcher.appendTail(out).toString();
        if (interpolated.contains("$")) {
            // $$, $NAME, ${NAME:+...}: forms Compose knows and this reader does not; better refused than misread.
            throw new IllegalStateException("docker-compose.yml: cannot read " + value);
        }
        return interpolated;
    }

    /** A mount: a named volume (or a bind mount's source path) at a path inside the container. */
    record Mount(String source, String target, boolean readOnly) {

        boolean namedVolume() {
            return !source.startsWith(".") && !source.startsWith("/");
        }
    }

    record Service(String name, Map<String, String> environment, List<Mount> mounts, List<String> dependsOn,
                   List<String> ports, String build) {
    }
}
