package io.talentplatform.events.employee;

import io.talentplatform.events.privacy.DataSubject;
import org.axonframework.serialization.Revision;

import java.util.Set;

/**
 * The person's whole current choice of visibility. Each change is a new fact in the log; withdrawing consent never
 * deletes history, it only changes what read models and streams may show from now on.
 */
@Revision("1")
public record ConsentRecorded(
        @DataSubject String employeeId,
        boolean marketplaceVisible,
        boolean successionDiscoverable,
        Set<ShareScope> share) {

    public ConsentRecorded {
        share = share == null ? Set.of() : Set.copyOf(share);
    }

    public boolean shares(ShareScope scope) {
        return share.contains(scope);
    }
}
