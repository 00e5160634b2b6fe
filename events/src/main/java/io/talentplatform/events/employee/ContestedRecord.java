package io.talentplatform.events.employee;

/** What about a person they may contest: an evidence item, a readiness assessment, or a mapped relationship. */
public enum ContestedRecord {
    EVIDENCE,
    READINESS,
    RELATIONSHIP
}
