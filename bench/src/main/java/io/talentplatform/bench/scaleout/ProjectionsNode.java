package io.talentplatform.bench.scaleout;

import io.talentplatform.projections.ProjectionsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A second {@code projections} service in a JVM of its own, joined to the benchmark's platform (same database,
 * broker and master key): what a user adds when one machine no longer keeps up. Started as
 * {@code java -jar talent-bench.jar projections-node --name=value ...}.
 */
public final class ProjectionsNode implements AutoCloseable {

    private final Process process;

    private ProjectionsNode(Process process) {
        this.process = process;
    }

    /** Starts the node with {@code properties}; its output goes to {@code log}. */
    static ProjectionsNode start(Map<String, String> properties, String maxHeap, Path log) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + maxHeap));
        // The same page size as this JVM: both processes meet the kernel's memory monitor alike (bench/README.md).
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.equals("-XX:+UseTransparentHugePages")).forEach(command::add);
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            command.addAll(List.of("-jar", classPath)); // the bench jar, as the benchmark itself was started
        } else {
            command.addAll(List.of("-cp", classPath, io.talentplatform.bench.Bench.class.getName()));
        }
        command.add("projections-node");
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            return new ProjectionsNode(new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the second projections process", e);
        }
    }

    /** The node's entry point; it ends with the JVM that started it, however that JVM ends. */
    public static void main(String[] args) {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit()
                .thenRun(() -> Runtime.getRuntime().halt(1)));
        new SpringApplicationBuilder(ProjectionsApplication.class)
                .properties("spring.config.name=projections")
                .run(args);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** A clean stop (SIGTERM): the node releases its claims and removes its heartbeat. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
