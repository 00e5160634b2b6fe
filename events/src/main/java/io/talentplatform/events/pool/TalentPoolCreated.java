package io.talentplatform.events.pool;

import org.axonframework.serialization.Revision;

/**
 * HR created a named talent pool ("future engineering managers"), whose members are nominated, or found by its
 * rule, or both.
 *
 * @param confidential whether members are not told they are in it (docs/security.md, "Confidential talent pools")
 * @param roleFamily   the family the pool prepares people for, whose readiness its view shows, or {@code null}
 * @param rule         the saved rule, or {@code null} for a pool of nominations only
 */
@Revision("1")
public record TalentPoolCreated(
        String poolId,
        String name,
        boolean confidential,
        String roleFamily,
        PoolRule rule,
        String createdBy) {
}
