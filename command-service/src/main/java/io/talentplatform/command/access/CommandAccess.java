package io.talentplatform.command.access;

import io.talentplatform.command.directory.EmployeeDirectory;
import io.talentplatform.command.directory.EmployeeDirectory.Entry;
import io.talentplatform.platform.problem.RuleViolation;
import io.talentplatform.platform.security.Caller;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** Applies the {@link CommandAction} table: 404 for an unknown person, 403 when no grant allows the caller. */
@Component
public class CommandAccess {

    private final EmployeeDirectory directory;

    public CommandAccess(EmployeeDirectory directory) {
        this.directory = directory;
    }

    /** For actions on no existing person (registration): the role alone decides. */
    public void require(CommandAction action, Caller caller) {
        boolean allowed = action.grants().stream()
                .anyMatch(grant -> grant.relationship() == Relationship.ANY_PERSON && caller.has(grant.role()));
        if (!allowed) {
            throw RuleViolation.forbidden(action.refusal());
        }
    }

    /**
     * Checks the caller may act on the person, and share-locks the person's directory row for the rest of the
     * request, so the relationship the decision rested on cannot change before the command commits.
     */
    public Entry require(CommandAction action, Caller caller, String employeeId) {
        Entry person = directory.lock(employeeId).orElseThrow(() -> RuleViolation.notFound("unknown-employee",
                "No employee is registered under " + employeeId + "."));
        boolean allowed = action.grants().stream()
                .anyMatch(grant -> caller.has(grant.role()) && stands(grant.relationship(), caller, person));
        if (!allowed) {
            throw RuleViolation.forbidden(action.refusal());
        }
        return person;
    }

    /** As {@link #require(CommandAction, Caller, String)} for the person a conversation is with. */
    public Entry requireForConversation(CommandAction action, Caller caller, UUID conversationId) {
        String employeeId = directory.employeeOfConversation(conversationId).orElseThrow(() ->
                RuleViolation.notFound("unknown-conversation", "No conversation is known under " + conversationId + "."));
        return require(action, caller, employeeId);
    }

    private static boolean stands(Relationship relationship, Caller caller, Entry person) {
        return switch (relationship) {
            case SELF -> caller.is(person.employeeId());
            case CURRENT_MANAGER -> person.isManagedBy(caller.employeeId());
            case ANY_PERSON -> true;
        };
    }
}
