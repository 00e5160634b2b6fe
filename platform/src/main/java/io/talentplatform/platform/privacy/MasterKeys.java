package io.talentplatform.platform.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The master key every data key is wrapped with now, and the ones it replaces while a rotation re-wraps the data
 * keys (docs/operations.md, "Rotating the master key"): new keys are wrapped with the current one, and a data key is
 * unwrapped with whichever key wrapped it.
 */
public final class MasterKeys {

    private final MasterKey current;
    private final List<MasterKey> previous;

    public MasterKeys(MasterKey current, List<MasterKey> previous) {
        this.current = current;
        List<MasterKey> others = new ArrayList<>();
        for (MasterKey key : previous) {
            if (!key.fingerprint().equals(current.fingerprint())) {
                others.add(key);
            }
        }
        this.previous = List.copyOf(others);
    }

    public static MasterKeys only(MasterKey current) {
        return new MasterKeys(current, List.of());
    }

    public MasterKey current() {
        return current;
    }

    /** The key with this fingerprint, if it is one of these. */
    Optional<MasterKey> byFingerprint(String fingerprint) {
        if (current.fingerprint().equals(fingerprint)) {
            return Optional.of(current);
        }
        return previous.stream().filter(key -> key.fingerprint().equals(fingerprint)).findFirst();
    }

    /** Every key, the current first: the order to try them in for a data key wrapped before fingerprints were kept. */
    List<MasterKey> all() {
        List<MasterKey> all = new ArrayList<>();
        all.add(current);
        all.addAll(previous);
        return all;
    }
}
