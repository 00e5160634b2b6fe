package io.talentplatform.command.loading;

import io.talentplatform.command.directory.EmployeeDirectory;
import io.talentplatform.events.employee.PersonalDataErased;
import io.talentplatform.platform.transaction.TransactionEnd;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

import java.util.List;

/**
 * A person's erasure empties every aggregate cache: a cached contract or conversation may hold their text opened with
 * the key the erasure destroys, and that text must not outlive the key in this process's memory. Which aggregates are
 * theirs would take a lookup; erasure is rare, and the aggregates load again from the log, where the text is sealed.
 * Emptied when the erasure is handled, and again once its transaction has ended, in case a command loaded one of
 * them in between with the key not yet gone. Runs in the command side's subscribing group, like the key shredder.
 */
@ProcessingGroup(EmployeeDirectory.PROCESSOR)
public class ErasureEmptiesCaches {

    private final List<Cache> caches;

    ErasureEmptiesCaches(List<Cache> caches) {
        this.caches = caches;
    }

    @EventHandler
    void on(PersonalDataErased event) {
        emptyAll();
        TransactionEnd.then(status -> emptyAll());
    }

    private void emptyAll() {
        caches.forEach(Cache::removeAll);
    }
}
