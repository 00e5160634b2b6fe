package io.talentplatform.command.privacy;

import io.talentplatform.command.directory.EmployeeDirectory;
import io.talentplatform.events.employee.PersonalDataErased;
import io.talentplatform.platform.privacy.PersonKeys;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Destroys a person's data key in the same transaction that records their erasure: either both happen or neither.
 * Runs in the command side's subscribing group, like the directory.
 */
@Component
@ProcessingGroup(EmployeeDirectory.PROCESSOR)
class KeyShredder {

    private final PersonKeys keys;

    KeyShredder(PersonKeys keys) {
        this.keys = keys;
    }

    @EventHandler
    void on(PersonalDataErased event) {
        keys.destroy(event.employeeId());
    }
}
