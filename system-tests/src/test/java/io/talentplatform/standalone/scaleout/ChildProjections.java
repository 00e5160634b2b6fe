package io.talentplatform.standalone.scaleout;

import io.talentplatform.testkit.jvm.ChildJvm;
import io.talentplatform.testkit.jvm.ProjectionsChild;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A projections service in a JVM of its own ({@link ProjectionsChild}), on the test's class path and properties, so
 * that a test can kill it as a machine dies: SIGKILL, no shutdown hook, no released claim.
 */
public final class ChildProjections implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ChildProjections(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static ChildProjections start(Map<String, Object> properties, Path directory) {
        return start(properties, directory, "child-projections");
    }

    /** A child whose log is {@code name}.log in {@code directory}. */
    public static ChildProjections start(Map<String, Object> properties, Path directory, String name) {
        List<String> command = ChildJvm.command(ProjectionsChild.class.getName(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1");
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        command.add("--server.port=0");
        Path log = directory.resolve(name + ".log");
        try {
            Files.createDirectories(directory);
            return new ChildProjections(new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the child projections service", e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kill -9. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child projections service did not die");
        }
    }

    public String tail() {
        return ChildJvm.tail(log);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
