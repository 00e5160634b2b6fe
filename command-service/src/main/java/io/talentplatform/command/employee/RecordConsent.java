package io.talentplatform.command.employee;

import io.talentplatform.events.employee.ShareScope;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/** Record the person's own, complete choice of what panels and the marketplace may see. */
public record RecordConsent(
        @TargetAggregateIdentifier String employeeId,
        boolean marketplaceVisible,
        boolean successionDiscoverable,
        Set<ShareScope> share) {
}
