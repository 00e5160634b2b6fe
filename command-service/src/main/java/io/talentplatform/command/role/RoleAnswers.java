package io.talentplatform.command.role;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/** What the role and opening commands answer, beside the event position in the {@code Talent-Event-Position} header. */
final class RoleAnswers {

    private RoleAnswers() {
    }

    record RoleDefined(String roleId) {
    }

    record OpeningOpened(UUID openingId, String roleId) {
    }

    /** An external fill names nobody. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OpeningFilled(UUID openingId, String employeeId) {
    }

    /** A successor nominated, reassessed or removed. */
    record SlateChanged(String roleId, String employeeId) {
    }
}
