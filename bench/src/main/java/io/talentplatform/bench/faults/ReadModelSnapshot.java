package io.talentplatform.bench.faults;

import io.talentplatform.platform.readmodel.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every read model's rows copied aside (into a schema of the benchmark's own, dropped with its throwaway database),
 * and later compared with the rows then, row by row: a row the copy has and the read model lacks is an effect lost,
 * a row the read model has and the copy lacks (a row counted twice among them) is a duplicate or wrong effect.
 */
final class ReadModelSnapshot {

    private static final String SCHEMA = "faults_reference";

    private ReadModelSnapshot() {
    }

    /** Rows lost and rows extra, over all read models, and by table where any differ. */
    record Difference(long lost, long extra, Map<String, String> tables) {
    }

    static void take(JdbcClient jdbc) {
        jdbc.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
        jdbc.sql("CREATE SCHEMA " + SCHEMA).update();
        for (String table : tables()) {
            jdbc.sql("CREATE TABLE " + SCHEMA + "." + table + " AS TABLE " + table).update();
        }
    }

    static Difference compare(JdbcClient jdbc) {
        long lost = 0;
        long extra = 0;
        Map<String, String> tables = new LinkedHashMap<>();
        for (String table : tables()) {
            // Rows as text: some columns (json) have no equality operator, and the copy has the same columns.
            long missing = count(jdbc, "SELECT r::text FROM " + SCHEMA + "." + table + " r EXCEPT ALL SELECT t::text FROM "
                    + table + " t");
            long surplus = count(jdbc, "SELECT t::text FROM " + table + " t EXCEPT ALL SELECT r::text FROM " + SCHEMA
                    + "." + table + " r");
            if (missing + surplus > 0) {
                tables.put(table, missing + " lost, " + surplus + " extra");
            }
            lost += missing;
            extra += surplus;
        }
        return new Difference(lost, extra, tables);
    }

    private static long count(JdbcClient jdbc, String rows) {
        return jdbc.sql("SELECT count(*) FROM (" + rows + ") d").query(Long.class).single();
    }

    private static List<String> tables() {
        return Arrays.stream(ReadModel.values()).flatMap(model -> model.tables().stream()).toList();
    }
}
