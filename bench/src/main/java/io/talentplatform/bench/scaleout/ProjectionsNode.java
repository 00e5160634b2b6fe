package io.talentplatform.bench.scaleout;

import io.talentplatform.testkit.jvm.ChildJvm;

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
        List<String> command = new ArrayList<>(List.of(ChildJvm.java(), "-Xmx" + maxHeap));
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
