package io.talentplatform.platform.matching;

import io.talentplatform.platform.matching.MatchScoring.Candidate;
import io.talentplatform.platform.matching.MatchScoring.Held;
import io.talentplatform.platform.matching.MatchScoring.Requirement;
import io.talentplatform.platform.matching.MatchScoring.Target;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the talent pool reads for succession and mobility: roles, openings, people, their standing and evidence. */
public final class PoolEntries {

    private PoolEntries() {
    }

    /** @param poolId the talent pool its succession draws from, or {@code null} */
    public record Role(String roleId, String title, String function, String level, boolean critical,
                       String roleFamily, List<Requirement> requirements, String poolId) {

        public Target target() {
            return new Target(roleId, roleFamily, requirements);
        }
    }

    /**
     * An opening: a vacancy in a role ({@code kind} ROLE), or a gig or a project, which has no role, level or family
     * but hours, dates, seats and the capabilities it develops. A gig is "filled" when its last seat is taken.
     */
    public record Opening(UUID openingId, String roleId, String title, String function, String level,
                          String roleFamily, List<Requirement> requirements, LocalDate openedOn,
                          boolean internalOnly, LocalDate filledOn, String filledBy, String kind,
                          Integer hoursPerWeek, LocalDate startsOn, LocalDate endsOn, List<String> develops,
                          String sponsorId, int seats) {

        public boolean vacancy() {
            return "ROLE".equals(kind);
        }

        /** For scoring; a gig's growth has no family needs here (the reader of candidates adds them). */
        public Target target() {
            return new Target(roleId, roleFamily, requirements, vacancy() ? null
                    : new MatchScoring.Growth(develops, Map.of()));
        }
    }

    /** @param matchable in the marketplace and sharing capabilities, so others may see them matched */
    public record Standing(String employeeId, boolean matchable, boolean sharesReadiness,
                           boolean sharesAspiration) {
    }

    public record Own(String employeeId, Map<String, Held> capabilities, int openSignalingGaps,
                      List<String> targetRoleFamilies) {
    }

    public record Person(String employeeId, String displayName, String jobTitle, String function, String level,
                         boolean employed, int relationships) {
    }

    public record Evidence(String text, String source) {
    }

    /**
     * A record about the person that they contested and their manager has not answered yet.
     *
     * @param subject   EVIDENCE, READINESS or RELATIONSHIP
     * @param subjectId the evidence or relationship id, or the role id or role family of the readiness assessment
     */
    public record Contested(String subject, String subjectId) {
    }

    /** How an answer lists a person: name and position. */
    public record Named(String displayName, String jobTitle, String function, String level) {
    }

    /** A candidate as scoring sees them, with how an answer lists them. */
    public record Listed(Candidate candidate, Named named) {
    }
}
