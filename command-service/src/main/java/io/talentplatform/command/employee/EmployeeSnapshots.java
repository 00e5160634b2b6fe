package io.talentplatform.command.employee;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A person's stream grows for as long as they work here, and every command on them loads it. Every
 * {@code talent.snapshots.employee-every} events Axon stores the person's state (what the rules need: place,
 * consent, open gaps; no personal text, so erasure does not reach into snapshots), and a load reads the newest
 * snapshot and only the events after it. A snapshot of another shape than today's {@link Employee#SNAPSHOT_REVISION}
 * is ignored, and the person is rebuilt from their events.
 */
@Configuration(proxyBeanMethods = false)
class EmployeeSnapshots {

    static final String TRIGGER = "employeeSnapshotTrigger";
    static final String FILTER = "employeeSnapshotFilter";

    @Bean(TRIGGER)
    SnapshotTriggerDefinition employeeSnapshotTrigger(Snapshotter snapshotter,
                                                      @Value("${talent.snapshots.employee-every:100}") int every) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }

    @Bean(FILTER)
    SnapshotFilter employeeSnapshotFilter() {
        return RevisionSnapshotFilter.builder().type(Employee.class).revision(Employee.SNAPSHOT_REVISION).build();
    }
}
