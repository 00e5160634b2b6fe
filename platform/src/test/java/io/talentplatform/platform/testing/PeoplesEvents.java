package io.talentplatform.platform.testing;

import io.talentplatform.platform.axon.EventSerialization;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The events people's requests appended: all but those the platform's own policies and deadlines append, and the
 * rankings its recorder appends behind decisions (the first event of a MatchRanking stream), which react to earlier
 * events (of this class or of another that shared the platform) whenever they get to them. A refused request must
 * leave this count unchanged.
 */
public final class PeoplesEvents {

    private PeoplesEvents() {
    }

    public static long count(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT count(*) FROM domainevententry
                        WHERE convert_from(metadata, 'UTF8')::jsonb ->> ? IS DISTINCT FROM 'platform'
                          AND NOT (type = 'MatchRanking' AND sequencenumber = 0)""")
                .param(EventSerialization.ACTOR).query(Long.class).single();
    }
}
