package io.talentplatform.command.pool;

import io.talentplatform.events.pool.PoolRule;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands of talent pools. */
public final class PoolCommands {

    private PoolCommands() {
    }

    public record CreateTalentPool(@TargetAggregateIdentifier PoolId pool, String name, boolean confidential,
                                   String roleFamily, PoolRule rule, String createdBy) {
    }

    /** @param employed whether the person is a current employee, as the directory knew when the command was taken */
    public record NominatePoolMember(@TargetAggregateIdentifier PoolId pool, String employeeId, String reason,
                                     String nominatedBy, boolean employed) {
    }

    public record RemovePoolMember(@TargetAggregateIdentifier PoolId pool, String employeeId, String reason,
                                   String removedBy) {
    }
}
