package io.talentplatform.platform.security;

/** The roles a token's {@code roles} claim may hold (INTERFACES.md). */
public enum Role {
    EMPLOYEE, MANAGER, HR, PANEL, AUDITOR
}
