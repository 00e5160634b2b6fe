package io.talentplatform.projections;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/** The contents of a read model's tables as one string, to compare a live read model with its rebuild. */
public final class TableDigest {

    private TableDigest() {
    }

    /** An md5 per table of its rows as text, in a fixed order: equal digests, equal rows. */
    public static String of(JdbcClient jdbc, List<String> tables) {
        StringBuilder digest = new StringBuilder();
        for (String table : tables) {
            digest.append(jdbc.sql("SELECT md5(coalesce(string_agg(t::text, ';' ORDER BY t::text), '')) FROM "
                    + table + " t").query(String.class).single());
        }
        return digest.toString();
    }
}
