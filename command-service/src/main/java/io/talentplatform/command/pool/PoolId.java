package io.talentplatform.command.pool;

/** A talent pool's identity in the event store: HR's slug, prefixed so that its stream stays apart from any other. */
public record PoolId(String value) {

    @Override
    public String toString() {
        return "talent-pool:" + value;
    }
}
