package io.talentplatform.bench;

import io.talentplatform.bench.platform.Environment;
import io.talentplatform.bench.query.QueryBenchmark;
import io.talentplatform.bench.stream.StreamBenchmark;

import java.util.Arrays;

/**
 * The benchmarks of BENCHMARKS.md, one sub-command each. Each boots the platform in this JVM, measures it next to a
 * baseline in the same run and writes its JSON and Markdown under {@code bench/results/}.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].startsWith("-")) {
            usage();
            return;
        }
        if (args[0].equals("projections-node")) {
            // A second projections process the scale-out benchmark starts; it runs until that benchmark ends.
            io.talentplatform.testkit.jvm.ProjectionsChild.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        // The commit and work tree as they are now, when the measured code is the jar's: a result states them.
        Environment.commit();
        Options options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
        io.talentplatform.bench.platform.PostgresSettings.ask(options.text("postgres", ""));
        switch (args[0]) {
            case "query" -> QueryBenchmark.run(options);
            case "stream" -> StreamBenchmark.run(options);
            case "rebuild" -> io.talentplatform.bench.rebuild.RebuildBenchmark.run(options);
            case "append" -> io.talentplatform.bench.append.AppendBenchmark.run(options);
            case "scale-out" -> io.talentplatform.bench.scaleout.ScaleOutBenchmark.run(options);
            case "faults" -> io.talentplatform.bench.faults.FaultsBenchmark.run(options);
            case "summary" -> io.talentplatform.bench.summary.Summary.run(options);
            default -> usage();
        }
        System.exit(0);
    }

    private static void usage() {
        System.out.println("""
                usage: java -jar bench/target/talent-bench.jar <benchmark> [--option value ...]

                benchmarks:
                  query   p50/p99 of the succession, mobility-match and follow-through queries against a
                          primary-key lookup through the same HTTP stack (BENCHMARKS.md, "query")
                  stream  end-to-end lag from a command's answer to a marketplace consumer, and the events
                          publisher's throughput against a raw KafkaProducer (BENCHMARKS.md, "stream")
                  rebuild every read model rebuilt at once through the admin API, progress watched as an
                          operator would (BENCHMARKS.md, "rebuild"; 21,000 people x 4 quarters is about 1M events)
                  append  capability evidence through the HTTP command API and the command gateway, 1 and 8
                          threads, against raw JDBC inserts of the same rows (BENCHMARKS.md, "append")
                  scale-out the read models' rebuild and live throughput with one projections process and with a
                          second one joined on the same database and broker (issue 9; BENCHMARKS.md's "scale",
                          growth with N, is the query benchmark at two sizes, see bench/README.md)
                  faults  kill -9 of the projections process during rebuilds and while publishing, the broker
                          down under write load, PostgreSQL restarted under write load, 16 clients racing on one
                          aggregate, generated bad requests: what was lost, doubled or answered 5xx (issue 31)
                  summary bench/results/summary.md from the latest JSON result of each figure (measures nothing)

                options of every benchmark that starts the platform:
                  --postgres a=1,b=2  PostgreSQL settings besides the platform's (not the durability ones) [none]

                options of query (defaults in brackets):
                  --people N        people employed at the end of the history [20000]
                  --openings N      openings open at the end [1000]
                  --quarters N      quarters of history [8]
                  --seed N          the synthetic organisation's seed [42]
                  --runs N          measured runs, each running every query once [3]
                  --threads N       client threads of the closed-loop load generator [4]
                  --load open       each query's capacity closed loop, then the figure open loop at half of it
                  --warmup S        seconds of warm-up per query before the first run [15]
                  --duration S      seconds per query per run [20]
                  --results DIR     where the JSON and Markdown go [bench/results]
                  --data-dir DIR    keep the database in DIR and reuse a history loaded there [none]
                  --read-models queried  run only the read models the queries read [all]
                  --queries a,b     measure only these queries (and the baseline) [all]
                  --serve S         measure nothing: keep the loaded platform up and idle for S seconds [0]

                options of rebuild: --people, --openings, --quarters, --seed, --runs, --results, --data-dir as
                  for query, and
                  --baseline-window S  seconds Axon's default processor settings replay in each run [60]; 0 skips
                                    both baselines
                  --statements true   load pg_stat_statements and report where PostgreSQL's time went [false]

                options of append:
                  --people N        people the evidence is about [800]
                  --threads N       client threads of the multi-threaded figures [8]
                  --warmup S        seconds of warm-up [60]
                  --duration S      seconds per figure per run [15]
                  --runs N          runs [3]
                  --results DIR     where the JSON and Markdown go [bench/results]
                  --statements true   load pg_stat_statements and report where PostgreSQL's time went in the
                                    8-thread HTTP figure [false]

                options of stream:
                  --people N        consenting people the commands are about [50]
                  --rate N          commands per second while lag is measured (open loop) [50]
                  --duration S      seconds of lag measurement per run [20]
                  --warmup S        seconds of uncounted lag measurement first [10]
                  --backlog N       events the publisher drains in each throughput run [20000]
                  --organisation N  measure inside a synthetic organisation of N people, its history published
                                    first (--quarters [1], --openings, --seed as for query) [none]
                  --runs N          runs [3]
                  --results DIR     where the JSON and Markdown go [bench/results]

                options of faults:
                  --people N        people in the synthetic history the rebuilds replay [2000]
                  --quarters N      quarters of that history [4]
                  --seed N          the history's and the fault timing's seed [42]
                  --kills N         kills of the projections process in each of the two kill phases [20]
                  --writers N       writers of the write load, each about ten commands a second [8]
                  --broker-down S   seconds the broker stays down [60]
                  --bad-requests N  generated bad requests [10000]
                  --results DIR     where the JSON and Markdown go [bench/results]

                options of scale-out: --people, --openings, --quarters, --seed, --runs, --results, --data-dir as
                  for query, and
                  --live-events N   new events appended while the read models run, per live run [50000]
                """);
    }
}
