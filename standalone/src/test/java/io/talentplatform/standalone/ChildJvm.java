package io.talentplatform.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the tests that run a part of the platform in a JVM of its own (a broker, a projections service, the
 * standalone build) share: the command that starts a main class on this test's class path, and the end of the
 * child's output for a failure message.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** {@code java <jvmOptions> -cp <this class path> <mainClass>}; the caller appends the program's arguments. */
    public static List<String> command(String mainClass, String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        return command;
    }

    /** The last 40 lines of a child's output. */
    public static String tail(Path log) {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
