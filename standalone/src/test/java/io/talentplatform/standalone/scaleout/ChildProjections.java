package io.talentplatform.standalone.scaleout;

import io.talentplatform.projections.ProjectionsApplication;
import io.talentplatform.standalone.ChildJvm;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A projections service in a JVM of its own, on the test's class path and properties, so that a test can kill it
 * as a machine dies: SIGKILL, no shutdown hook, no released claim.
 */
final class ChildProjections implements AutoCloseable {

    private final Process process;
    private final Path log;

    private ChildProjections(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ChildProjections start(Map<String, Object> properties, Path directory) {
        List<String> command = ChildJvm.command(ChildProjections.class.getName(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1");
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        command.add("--server.port=0");
        Path log = directory.resolve("child-projections.log");
        try {
            Files.createDirectories(directory);
            return new ChildProjections(new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the child projections service", e);
        }
    }

    /** The child's entry point; it ends with the JVM that started it, however that JVM ends. */
    public static void main(String[] args) {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit()
                .thenRun(() -> Runtime.getRuntime().halt(1)));
        new SpringApplicationBuilder(ProjectionsApplication.class)
                .properties("spring.config.name=projections")
                .run(args);
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Kill -9. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child projections service did not die");
        }
    }

    String tail() {
        return ChildJvm.tail(log);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
