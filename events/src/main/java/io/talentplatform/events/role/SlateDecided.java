package io.talentplatform.events.role;

import org.axonframework.serialization.Revision;

/**
 * A succession panel decided the role's slate in a talent review: the discovered candidates' ranking behind the
 * decision is recorded beside it.
 */
@Revision("1")
public record SlateDecided(
        String roleId,
        String note,
        String decidedBy) {
}
