package io.talentplatform.events.contract;

/** What a manager commits to (seed 001, "Practical follow-through commitments managers commonly make"). */
public enum CommitmentKind {
    INTRODUCTION, STRETCH_ASSIGNMENT, FEEDBACK, VISIBILITY, PROGRESSION_TALK, MENTOR, OTHER
}
