package io.talentplatform.query.mentors;

import java.time.LocalDate;
import java.util.List;

/**
 * People who made the move a person wants, who consented to be found as mentors, best first.
 *
 * @param roleFamily the move asked about: the family named, else the person's first target family
 */
public record Mentors(String employeeId, String roleFamily, LocalDate asOf, List<Mentor> mentors) {

    /**
     * @param recency    1 for a move within a year, falling to 0 at five years
     * @param similarity how alike the mentor's start was: the same function (0.5), the same level (0.3), and a
     *                   move into the role itself rather than a gig or project towards it (0.2)
     * @param score      {@code round4(0.5 × recency + 0.5 × similarity)}
     */
    public record Mentor(int rank, String employeeId, String displayName, String jobTitle, String function,
                         double score, double recency, double similarity, Move move, String explanation) {
    }

    /**
     * The mentor's move: {@code path} MOVE (a move into a role of the family, with its type) or GIG (a completed gig
     * or project developing what the family's roles ask).
     */
    public record Move(String path, String moveType, String title, String fromFunction, String fromLevel,
                       LocalDate on) {
    }
}
