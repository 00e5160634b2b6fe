package io.talentplatform.platform.problem;

import java.time.Instant;
import java.util.UUID;

/**
 * The one rule both services share: an id in a path that names nothing known answers 404, with one problem type per
 * kind of thing, whichever service is asked.
 */
public final class Unknown {

    private Unknown() {
    }

    public static RuleViolation employee(String employeeId) {
        return employeeNamed("No employee is registered under " + employeeId + ".");
    }

    /** For a view as of a past moment: nobody was registered under the id then. */
    public static RuleViolation employee(String employeeId, Instant at) {
        return employeeNamed("No employee was registered under " + employeeId + " at " + at + ".");
    }

    public static RuleViolation conversation(UUID conversationId) {
        return RuleViolation.notFound("unknown-conversation", "No conversation is known under " + conversationId + ".");
    }

    public static RuleViolation contract(UUID contractId) {
        return RuleViolation.notFound("unknown-contract",
                "No development contract is known under " + contractId + ".");
    }

    public static RuleViolation role(String roleId) {
        return roleNamed("No role is defined under " + roleId + ".");
    }

    /** For a view as of a past moment: no role was defined under the id then. */
    public static RuleViolation role(String roleId, Instant at) {
        return roleNamed("No role was defined under " + roleId + " at " + at + ".");
    }

    public static RuleViolation capability(String capabilityId) {
        return RuleViolation.notFound("unknown-capability",
                "No capability is in the catalogue under " + capabilityId + ".");
    }

    public static RuleViolation opening(UUID openingId) {
        return RuleViolation.notFound("unknown-opening", "No opening is known under " + openingId + ".");
    }

    public static RuleViolation contest(UUID contestId) {
        return RuleViolation.notFound("unknown-contest", "No contest is known under " + contestId + ".");
    }

    public static RuleViolation talentPool(String poolId) {
        return RuleViolation.notFound("unknown-talent-pool", "No talent pool is known under " + poolId + ".");
    }

    private static RuleViolation employeeNamed(String sentence) {
        return RuleViolation.notFound("unknown-employee", sentence);
    }

    private static RuleViolation roleNamed(String sentence) {
        return RuleViolation.notFound("unknown-role", sentence);
    }
}
