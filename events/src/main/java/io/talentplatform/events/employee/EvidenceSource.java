package io.talentplatform.events.employee;

/** Where a Human Capital data point came from (seed 000). */
public enum EvidenceSource {
    CONVERSATION, REVIEW, SELF, PEER,
    /** Work done on a gig or a project, recorded when it is completed. */
    ASSIGNMENT
}
