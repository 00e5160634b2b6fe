package io.talentplatform.query.people;

import java.util.List;

/** A page of a people search; {@code nextCursor} asks for the next one, and is null on the last. */
public record PeoplePage(List<Person> people, String nextCursor) {
}
