package io.talentplatform.platform.axon;

import io.talentplatform.platform.readmodel.ReadModel;

import java.util.List;

/**
 * The streaming processors of the projections service, by what a replay of them means. A read model's replay
 * rebuilds its tables from the log (its reset handler empties them first). A publisher's replay would send every
 * event to the marketplace again, so the platform never replays one: an operator who wants that resets its tokens
 * knowingly, outside the API. A recorder appends what it saw to the log (the rankings behind decisions); a replay
 * would record them again, so it is never replayed either.
 */
public final class Processors {

    public static final String EVENTS_PUBLISHER = "talent-events-publisher";
    public static final String PROFILES_PUBLISHER = "talent-profiles-publisher";
    public static final String OPENINGS_PUBLISHER = "talent-openings-publisher";
    public static final String MATCH_RECORDER = "match-recorder";

    /** The read models' processors, as {@link ReadModel} declares them. */
    public static final List<String> READ_MODELS = ReadModel.processors();
    public static final List<String> PUBLISHERS = List.of(EVENTS_PUBLISHER, PROFILES_PUBLISHER, OPENINGS_PUBLISHER);
    public static final List<String> RECORDERS = List.of(MATCH_RECORDER);
    /** Read models first, then publishers, then recorders. */
    public static final List<String> ALL = java.util.stream.Stream.of(READ_MODELS, PUBLISHERS, RECORDERS)
            .flatMap(List::stream).toList();

    private Processors() {
    }
}
