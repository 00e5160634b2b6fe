package io.talentplatform.platform.axon;

import io.talentplatform.platform.readmodel.ReadModel;

import java.util.List;

/**
 * The streaming processors of the projections service, by what a replay of them means. A read model's replay
 * rebuilds its tables from the log (its reset handler empties them first). A publisher's replay would send every
 * event to the marketplace again, so the platform never replays one: an operator who wants that resets its tokens
 * knowingly, outside the API.
 */
public final class Processors {

    public static final String EVENTS_PUBLISHER = "talent-events-publisher";
    public static final String PROFILES_PUBLISHER = "talent-profiles-publisher";
    public static final String OPENINGS_PUBLISHER = "talent-openings-publisher";

    /** The read models' processors, as {@link ReadModel} declares them. */
    public static final List<String> READ_MODELS = ReadModel.processors();
    public static final List<String> PUBLISHERS = List.of(EVENTS_PUBLISHER, PROFILES_PUBLISHER, OPENINGS_PUBLISHER);
    /** Read models first, then publishers. */
    public static final List<String> ALL = java.util.stream.Stream.concat(READ_MODELS.stream(), PUBLISHERS.stream())
            .toList();

    private Processors() {
    }
}
