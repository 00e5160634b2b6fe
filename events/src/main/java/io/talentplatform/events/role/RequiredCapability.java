package io.talentplatform.events.role;

/** A capability a role needs, and the lowest level (1-5) at which a person meets it. */
public record RequiredCapability(String capability, int minLevel) {
}
