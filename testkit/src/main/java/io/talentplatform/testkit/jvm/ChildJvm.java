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

    /**
     * {@code java <jvmOptions> -cp <this class path> <mainClass>}; the caller appends the program's arguments. In a
     * Spring Boot executable jar (the bench jar), whose classes lie in nested jars a plain class path cannot reach,
     * the jar's own launcher starts the main class.
     */
    public static List<String> command(String mainClass, String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(List.of(jvmOptions));
        String classPath = System.getProperty("java.class.path");
        if (executableJar(classPath)) {
            command.addAll(List.of("-cp", classPath, "-Dloader.main=" + mainClass,
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            command.addAll(List.of("-cp", classPath, mainClass));
        }
        return command;
    }

    private static boolean executableJar(String classPath) {
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            return false;
        }
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(classPath)) {
            return jar.getManifest() != null
                    && jar.getManifest().getMainAttributes().getValue("Spring-Boot-Lib") != null;
        } catch (IOException e) {
            return false;
        }
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
