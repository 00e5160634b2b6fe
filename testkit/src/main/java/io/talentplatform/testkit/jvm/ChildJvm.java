package io.talentplatform.testkit.jvm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the tests and benchmarks that run a part of the platform in a JVM of its own (a broker, a projections service,
 * the standalone build) share: the java to start, the command that starts a main class on this class path, the
 * child's end with its parent, and the end of the child's output for a failure message.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** The java binary this JVM runs on. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code java <jvmOptions> -cp <this class path> <mainClass>}; the caller appends the program's arguments. */
    public static List<String> command(String mainClass, String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        return command;
    }

    /**
     * Called first in a child's main: the child ends with the JVM that started it, however that JVM ends (a killed
     * test run leaves no broker or service behind).
     */
    public static void endWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit()
                .thenRun(() -> Runtime.getRuntime().halt(1)));
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
