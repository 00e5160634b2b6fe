package io.talentplatform.standalone.compose;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's Dockerfile, as far as running its image's command outside a container needs: the entry point, the
 * environment the image sets, the jar it copies in and where, and the port it exposes.
 */
record Dockerfile(List<String> entrypoint, Map<String, String> environment, Path jar, String jarInImage, int port) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Dockerfile read(Path buildDirectory) {
        List<String> lines = instructions(buildDirectory.resolve("Dockerfile"));
        List<String> entrypoint = null;
        Map<String, String> environment = new LinkedHashMap<>();
        Path jar = null;
        String jarInImage = null;
        int port = 0;
        for (String line : lines) {
            String[] split = line.split("\\s+", 2);
            String instruction = split[0].toUpperCase();
            String rest = split.length > 1 ? split[1].trim() : "";
            switch (instruction) {
                case "ENTRYPOINT" -> entrypoint = List.of(JSON.readValue(rest, String[].class));
                case "ENV" -> {
                    String[] pair = rest.split("=", 2);
                    environment.put(pair[0], unquote(pair[1]));
                }
                case "COPY" -> {
                    String[] paths = rest.split("\\s+");
                    jar = only(buildDirectory, paths[0]);
                    jarInImage = paths[1];
                }
                case "EXPOSE" -> port = Integer.parseInt(rest);
                default -> {
                    // FROM, RUN, USER, WORKDIR, HEALTHCHECK: the process started here needs none of them.
                }
            }
        }
        if (entrypoint == null || jar == null || port == 0) {
            throw new AssertionError(buildDirectory + "/Dockerfile lacks an ENTRYPOINT, a COPY of the jar or an EXPOSE");
        }
        return new Dockerfile(entrypoint, environment, jar, jarInImage, port);
    }

    /** The entry point with the image's jar replaced by the built one, and java by this JVM's. */
    List<String> command(String java) {
        List<String> command = new ArrayList<>();
        for (String part : entrypoint) {
            command.add(part.equals("java") ? java : part.equals(jarInImage) ? jar.toString() : part);
        }
        return command;
    }

    /** The lines of the file, comments dropped and continued lines joined. */
    private static List<String> instructions(Path file) {
        try {
            List<String> instructions = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                if (line.endsWith("\\")) {
                    current.append(line, 0, line.length() - 1).append(' ');
                    continue;
                }
                instructions.add(current.append(line).toString().trim());
                current.setLength(0);
            }
            return instructions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path only(Path directory, String glob) {
        Path relative = Path.of(glob);
        Path folder = directory.resolve(relative.getParent() == null ? Path.of(".") : relative.getParent());
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> matches = Files.newDirectoryStream(folder, relative.getFileName().toString())) {
            matches.forEach(found::add);
        } catch (IOException e) {
            throw new AssertionError("no " + glob + " in " + directory + ": build the jars first", e);
        }
        if (found.size() != 1) {
            throw new AssertionError("expected one " + glob + " in " + directory + ", found " + found);
        }
        return found.get(0).toAbsolutePath();
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
