package io.talentplatform.command.role;

import io.talentplatform.command.directory.EmployeeDirectory;
import io.talentplatform.command.employee.EmployeeCommands.RecordMove;
import io.talentplatform.events.role.OpeningFilled;
import io.talentplatform.platform.axon.EventSerialization;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

/**
 * An internal fill moves the person into the opening's role, as the catalogue describes it. The command side's
 * subscribing group runs this in the fill's own transaction, and its errors propagate: a move the person's record
 * refuses (they left, or already hold the role) refuses the fill too, and nothing is written. The move is recorded
 * on behalf of whoever filled the opening (the event's metadata goes with the command).
 */
@Component
@ProcessingGroup(EmployeeDirectory.PROCESSOR)
class FillPolicy {

    private final CommandGateway commands;
    private final RoleCatalogue catalogue;

    FillPolicy(CommandGateway commands, RoleCatalogue catalogue) {
        this.commands = commands;
        this.catalogue = catalogue;
    }

    @EventHandler
    void on(OpeningFilled event, MetaData metaData,
            @MetaDataValue(value = EventSerialization.IMPORTED, required = false) String imported) {
        if (!event.internal() || "true".equals(imported)) {
            return;
        }
        RoleCatalogue.Entry role = catalogue.role(event.roleId()).orElseThrow(() -> new IllegalStateException(
                "Opening " + event.openingId() + " was filled in role " + event.roleId() + ", which is not defined"));
        commands.sendAndWait(new RecordMove(event.employeeId(), role.title(), role.level(), role.function(),
                event.moveType(), event.filledOn(), event.openingId()), metaData);
    }
}
