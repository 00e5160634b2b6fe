package io.talentplatform.query.people;

/** One person as a directory lists them: who they are and where they sit. */
public record Person(String employeeId, String displayName, String jobTitle, String level, String function,
                     String managerId, boolean employed) {
}
