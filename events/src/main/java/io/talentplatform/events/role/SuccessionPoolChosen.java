package io.talentplatform.events.role;

import org.axonframework.serialization.Revision;

/**
 * The role's succession draws its discovery from a talent pool: the panel sees the pool's members beside the people
 * discovered by consent and fit. {@code poolId} {@code null}: it no longer does.
 */
@Revision("1")
public record SuccessionPoolChosen(
        String roleId,
        String poolId,
        String chosenBy) {
}
