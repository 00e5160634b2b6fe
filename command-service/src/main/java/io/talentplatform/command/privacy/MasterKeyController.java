package io.talentplatform.command.privacy;

import io.talentplatform.command.access.CommandAccess;
import io.talentplatform.platform.privacy.PersonKeys;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The second step of a master-key rotation (docs/operations.md): once every service runs with the new key as
 * current and the old one among the previous, the operator re-wraps every person's data key with the new one. No
 * event is written: the data keys, and so everything sealed with them, stay as they are.
 */
@RestController
class MasterKeyController {

    private static final int BATCH = 500;

    private final PersonKeys keys;
    private final CommandAccess access;

    MasterKeyController(PersonKeys keys, CommandAccess access) {
        this.keys = keys;
        this.access = access;
    }

    /**
     * Re-wraps every person's data key that another master key wraps with the current one, and answers how many it
     * did and how many are left (0: the previous key may now be removed from every service and destroyed). Safe to
     * run again.
     */
    @PostMapping("/api/v1/admin/privacy/master-key/rewrap")
    PersonKeys.Rewrapped rewrap(Caller caller) {
        access.require(Access.REWRAP_PERSON_KEYS, caller);
        return keys.rewrapAll(BATCH);
    }
}
