package io.talentplatform.command.access;

import java.util.List;

import static io.talentplatform.command.access.Grant.of;
import static io.talentplatform.command.access.Relationship.ANY_PERSON;
import static io.talentplatform.command.access.Relationship.CURRENT_MANAGER;
import static io.talentplatform.command.access.Relationship.SELF;
import static io.talentplatform.platform.security.Role.EMPLOYEE;
import static io.talentplatform.platform.security.Role.HR;
import static io.talentplatform.platform.security.Role.MANAGER;
import static io.talentplatform.platform.security.Role.PANEL;

/**
 * Who may send which command, as data: each action lists the grants (role and relationship to the person) that
 * allow it. The one table of the command side; {@link CommandAccess} applies it, the controllers only name the action.
 */
public enum CommandAction {
    REGISTER_EMPLOYEE("Only HR registers people.", of(HR, ANY_PERSON)),
    CHANGE_MANAGER("Only HR changes reporting lines.", of(HR, ANY_PERSON)),
    RECORD_MOVE("Only HR records moves.", of(HR, ANY_PERSON)),
    RECORD_DEPARTURE("Only HR records departures.", of(HR, ANY_PERSON)),
    ERASE_PERSONAL_DATA("Only HR erases a person's personal data.", of(HR, ANY_PERSON)),
    RECORD_CAPABILITY("Only the person and their current manager record their capabilities.",
            of(EMPLOYEE, SELF), of(MANAGER, CURRENT_MANAGER)),
    MAP_RELATIONSHIP("Only the person and their current manager map their relationships.",
            of(EMPLOYEE, SELF), of(MANAGER, CURRENT_MANAGER)),
    ASSESS_SIGNAL("Only the person's current manager assesses who knows their work.", of(MANAGER, CURRENT_MANAGER)),
    STATE_ASPIRATION("Only the person and their current manager record their aspiration.",
            of(EMPLOYEE, SELF), of(MANAGER, CURRENT_MANAGER)),
    RECORD_CONSENT("Only the person themself decides what they share.", of(EMPLOYEE, SELF)),
    ASSESS_READINESS("Only the person's current manager or a succession panel assesses readiness.",
            of(MANAGER, CURRENT_MANAGER), of(PANEL, ANY_PERSON)),
    SCHEDULE_CONVERSATION("Only the person's current manager or HR schedules their career conversations.",
            of(MANAGER, CURRENT_MANAGER), of(HR, ANY_PERSON)),
    CONDUCT_CONVERSATION("Only the person's current manager runs and records their career conversations.",
            of(MANAGER, CURRENT_MANAGER));

    private final String refusal;
    private final List<Grant> grants;

    CommandAction(String refusal, Grant... grants) {
        this.refusal = refusal;
        this.grants = List.of(grants);
    }

    public List<Grant> grants() {
        return grants;
    }

    public String refusal() {
        return refusal;
    }
}
