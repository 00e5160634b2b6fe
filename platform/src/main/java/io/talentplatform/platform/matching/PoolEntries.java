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

    public record Role(String roleId, String title, String function, String level, boolean critical,
                       String roleFamily, List<Requirement> requirements) {

        public Target target() {
            return new Target(roleId, roleFamily, requirements);
        }
    }

    public record Opening(UUID openingId, String roleId, String title, String function, String level,
                          String roleFamily, List<Requirement> requirements, LocalDate openedOn,
                          boolean internalOnly, LocalDate filledOn, String filledBy) {

        public Target target() {
            return new Target(roleId, roleFamily, requirements);
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
