package io.talentplatform.command.employee;

import io.talentplatform.platform.problem.RuleViolation;

/**
 * The rules about who takes part: only a current employee is booked, contracted or nominated, and a person's manager
 * is a current employee other than themselves. The person's own aggregate knows it from its events; the others
 * (a conversation, a contract, a role) are told it in the command, as the directory knew it when the command was
 * taken, and decide here.
 */
public final class Employment {

    private Employment() {
    }

    public static void requireEmployed(String employeeId, boolean employed) {
        if (!employed) {
            throw RuleViolation.conflict("employee-departed", employeeId + " has left the organisation.");
        }
    }

    static void requireManager(String employeeId, String managerId, boolean managerEmployed) {
        if (managerId.equals(employeeId)) {
            throw RuleViolation.unprocessable("own-manager", "A person cannot be their own manager.");
        }
        if (!managerEmployed) {
            throw RuleViolation.unprocessable("unknown-manager",
                    "The manager " + managerId + " is not a current employee. Register them first.");
        }
    }
}
