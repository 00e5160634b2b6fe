package io.talentplatform.query.access;

import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import io.talentplatform.platform.security.Role;
import io.talentplatform.platform.security.Viewer;

import java.util.EnumSet;
import java.util.Set;

/**
 * How the query side decides a read about one person: the caller's relationship to them (self, current manager,
 * from the read model), the {@link Access} table's verdict, and the {@link Viewer} the answer is then cut for.
 */
public final class PersonRead {

    private PersonRead() {
    }

    /**
     * Refuses with 403 unless the table allows the caller, then declares the viewer of this answer.
     *
     * @param managerId the person's current manager as the read model knows it, or {@code null}
     * @return how the caller stands to the person
     */
    public static Set<Relationship> authorize(Access access, Caller caller, String employeeId, String managerId) {
        boolean currentManager = managerId != null && !managerId.isEmpty() && caller.is(managerId);
        access.require(caller, relationship -> switch (relationship) {
            case SELF -> caller.is(employeeId);
            case CURRENT_MANAGER -> currentManager;
            case ANY_PERSON -> true;
        });
        Set<Relationship> standing = EnumSet.noneOf(Relationship.class);
        if (caller.is(employeeId)) {
            standing.add(Relationship.SELF);
        }
        if (currentManager && caller.has(Role.MANAGER)) {
            standing.add(Relationship.CURRENT_MANAGER);
        }
        Viewer.of(caller, standing, false).declare();
        return standing;
    }
}
