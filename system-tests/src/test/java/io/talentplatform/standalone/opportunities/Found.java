package io.talentplatform.standalone.opportunities;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** What the opportunities' tests look up in an answer: a list's ids, an entry by id, a person's path. */
final class Found {

    private Found() {
    }

    static List<String> ids(JsonNode items, String field) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get(field).asString()));
        return ids;
    }

    /** The entry of {@code items} whose {@code field} is {@code id}. */
    static JsonNode entry(JsonNode items, String field, String id) {
        for (JsonNode item : items) {
            if (item.get(field).asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " not among " + items);
    }

    static String person(String id) {
        return "/api/v1/employees/" + id;
    }
}
