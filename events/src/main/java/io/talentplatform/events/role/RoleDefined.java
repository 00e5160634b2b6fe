package io.talentplatform.events.role;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * HR defined a role: what it is, whether losing its holder would hurt (critical roles get succession slates and
 * count in coverage), the family it belongs to (what aspirations point at) and the capabilities it needs.
 */
@Revision("1")
public record RoleDefined(
        String roleId,
        String title,
        String function,
        String level,
        boolean critical,
        String roleFamily,
        List<RequiredCapability> requiredCapabilities) {

    public RoleDefined {
        requiredCapabilities = requiredCapabilities == null ? List.of() : List.copyOf(requiredCapabilities);
    }
}
