package io.talentplatform.events.role;

/**
 * What an opening offers: a vacancy in a role, or part-time, time-boxed work beside one's own role (a gig: a task of
 * weeks; a project: a team's effort of months). Gigs and projects are how gaps close without a new job (seed 001).
 */
public enum OpeningKind {
    ROLE, GIG, PROJECT
}
