package io.talentplatform.query.people;

import java.time.Instant;
import java.util.List;

/**
 * Who the caller is: their employee id, their name as the platform knows it (none for a service account that is not
 * a registered person), their roles, and the people who report to them.
 *
 * @param now the platform's time, which a client needs for "as of today" (the standalone's dev clock may be ahead)
 */
public record Me(String employeeId, String displayName, List<String> roles, List<Person> reports, Instant now) {
}
