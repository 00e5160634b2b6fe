package io.talentplatform.command.access;

import io.talentplatform.command.directory.EmployeeDirectory;
import io.talentplatform.command.directory.EmployeeDirectory.Entry;
import io.talentplatform.platform.problem.Unknown;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Applies the {@link Access} table on the command side: 404 for an unknown person, 403 when no grant allows the
 * caller. Relationships are decided from the command side's directory.
 */
@Component
public class CommandAccess {

    private final EmployeeDirectory directory;

    public CommandAccess(EmployeeDirectory directory) {
        this.directory = directory;
    }

    /** For commands on no existing person (registration): the role alone decides. */
    public void require(Access access, Caller caller) {
        access.require(caller, relationship -> relationship == Relationship.ANY_PERSON);
    }

    /**
     * Checks the caller may act on the person, and share-locks the person's directory row for the rest of the
     * request, so the relationship the decision rested on cannot change before the command commits.
     */
    public Entry require(Access access, Caller caller, String employeeId) {
        Entry person = directory.lock(employeeId).orElseThrow(() -> Unknown.employee(employeeId));
        access.require(caller, relationship -> switch (relationship) {
            case SELF -> caller.is(person.employeeId());
            case CURRENT_MANAGER -> person.isManagedBy(caller.employeeId());
            case ANY_PERSON -> true;
        });
        return person;
    }

    /** As {@link #require(Access, Caller, String)} for the person a development contract is with. */
    public Entry requireForContract(Access access, Caller caller, UUID contractId) {
        String employeeId = directory.employeeOfContract(contractId).orElseThrow(() ->
                Unknown.contract(contractId));
        return require(access, caller, employeeId);
    }

    /** As {@link #require(Access, Caller, String)} for the person a contest is about. */
    public Entry requireForContest(Access access, Caller caller, UUID contestId) {
        String employeeId = directory.employeeOfContest(contestId).orElseThrow(() -> Unknown.contest(contestId));
        return require(access, caller, employeeId);
    }

    /** As {@link #require(Access, Caller, String)} for the person a conversation is with. */
    public Entry requireForConversation(Access access, Caller caller, UUID conversationId) {
        String employeeId = directory.employeeOfConversation(conversationId).orElseThrow(() ->
                Unknown.conversation(conversationId));
        return require(access, caller, employeeId);
    }
}
