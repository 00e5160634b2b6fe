package io.talentplatform.query.mobility;

import io.talentplatform.platform.matching.PoolEntries;
import io.talentplatform.platform.matching.TalentPool;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The open openings every person's matches are scored against, kept in memory until the talent pool's openings
 * change: a person's matches read one generation number instead of a thousand openings. The generation (V3_9) moves
 * with every opening opened or filled and every reset, and never goes back, so a list cached under a generation is
 * exactly the list of that generation.
 */
@Component
class OpenOpenings {

    private record Cached(long generation, Map<UUID, PoolEntries.Opening> openings) {
    }

    private final JdbcClient jdbc;
    private final TalentPool pool;
    private volatile Cached cached = new Cached(-1, Map.of());

    OpenOpenings(JdbcClient jdbc, TalentPool pool) {
        this.jdbc = jdbc;
        this.pool = pool;
    }

    /** Every opening not yet filled, by id, in a stable order. */
    Map<UUID, PoolEntries.Opening> current() {
        long generation = jdbc.sql("SELECT generation FROM tp_openings_generation").query(Long.class).single();
        Cached seen = cached;
        if (seen.generation() == generation) {
            return seen.openings();
        }
        // Read after the generation: a change committed in between is cached under the older number, so the next
        // call reads again; the other order could keep an older list under a newer number.
        Map<UUID, PoolEntries.Opening> openings = new LinkedHashMap<>();
        pool.openOpenings().forEach(opening -> openings.put(opening.openingId(), opening));
        Map<UUID, PoolEntries.Opening> frozen = Collections.unmodifiableMap(openings);
        cached = new Cached(generation, frozen);
        return frozen;
    }
}
