package io.talentplatform.platform.testing;

import io.talentplatform.platform.readmodel.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.LinkedHashMap;
import java.util.Map;

/** Every read model's rows, hashed table by table: equal digests, equal read models. */
public final class ReadModelDigests {

    private ReadModelDigests() {
    }

    public static Map<String, String> of(JdbcClient jdbc) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (ReadModel readModel : ReadModel.values()) {
            digests.putAll(of(jdbc, readModel));
        }
        return digests;
    }

    /** One read model's tables, each as its row count and the hash of its rows in order. */
    public static Map<String, String> of(JdbcClient jdbc, ReadModel readModel) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String table : readModel.tables()) {
            digests.put(table, jdbc.sql("SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, ';' "
                    + "ORDER BY t::text), '')) FROM " + table + " t").query(String.class).single());
        }
        return digests;
    }
}
