package io.talentplatform.query.pools;

import io.talentplatform.platform.matching.NamedPools;

import java.time.Instant;
import java.util.List;

/**
 * A named talent pool as HR and panels read it: who is in it and why, how ready they are, and its bench strength.
 *
 * @param members the first {@code limit} members, readiest first
 */
public record PoolView(String poolId, String name, boolean confidential, String roleFamily, NamedPools.Rule rule,
                       BenchStrength benchStrength, List<Member> members) {

    /**
     * @param by        NOMINATION, RULE or BOTH
     * @param readiness the person's readiness for the pool's family (else their readiest assessment), if they share
     *                  readiness; {@code null} when not assessed or not shared
     * @param reason    why they were nominated, for nominations
     */
    public record Member(String employeeId, String displayName, String jobTitle, String function, String level,
                         String by, String readiness, String reason, String nominatedBy, Instant nominatedAt) {
    }

    /**
     * Readiness across every member (not only those listed).
     *
     * @param strength members ready now or within two years
     */
    public record BenchStrength(int members, int nominated, int byRule, int readyNow, int readyIn1To2Years,
                                int readyIn3PlusYears, int notAFit, int notAssessed, int strength) {
    }

    /** A pool in the list of pools. */
    public record Summary(String poolId, String name, boolean confidential, String roleFamily, NamedPools.Rule rule,
                          int nominated) {
    }

    /** The pools a person is in, as they or HR read them. */
    public record Memberships(String employeeId, List<NamedPools.Membership> pools) {
    }
}
