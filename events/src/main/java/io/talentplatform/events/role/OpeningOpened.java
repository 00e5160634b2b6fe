package io.talentplatform.events.role;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A vacancy in a role. Carries the role as it was when the opening was made, so that matching, metrics and the
 * openings stream need no other event to read it.
 *
 * @param internalOnly whether only current employees may fill it
 */
@Revision("1")
public record OpeningOpened(
        UUID openingId,
        String roleId,
        String title,
        String function,
        String level,
        String roleFamily,
        List<RequiredCapability> requiredCapabilities,
        LocalDate openedOn,
        boolean internalOnly) {

    public OpeningOpened {
        requiredCapabilities = requiredCapabilities == null ? List.of() : List.copyOf(requiredCapabilities);
    }
}
