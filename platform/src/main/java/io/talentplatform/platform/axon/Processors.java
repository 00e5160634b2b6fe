package io.talentplatform.platform.axon;

import java.util.List;

/**
 * The streaming processors of the projections service, by what a replay of them means. A read model's replay
 * rebuilds its tables from the log (its reset handler empties them first). A publisher's replay would send every
 * event to the marketplace again, so the platform never replays one: an operator who wants that resets its tokens
 * knowingly, outside the API.
 */
public final class Processors {

    public static final List<String> READ_MODELS =
            List.of("career-capital", "follow-through", "talent-pool", "talent-metrics");
    public static final List<String> PUBLISHERS =
            List.of("talent-events-publisher", "talent-profiles-publisher", "talent-openings-publisher");
    /** Read models first, then publishers. */
    public static final List<String> ALL = java.util.stream.Stream.concat(READ_MODELS.stream(), PUBLISHERS.stream())
            .toList();

    private Processors() {
    }
}
