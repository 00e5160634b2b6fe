package io.talentplatform.web.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object of an API answer as a template reads it: {@code person.direction} is simply empty when the field is
 * absent, as it is when the API leaves out what the viewer may not see, instead of an expression error.
 */
public final class JsonObject extends LinkedHashMap<String, Object> {

    @Override
    public boolean containsKey(Object key) {
        return true;
    }

    /** A copy to add fields to, for a page that joins two answers. */
    public static JsonObject copyOf(Map<String, Object> object) {
        JsonObject copy = new JsonObject();
        copy.putAll(object);
        return copy;
    }

    /** Plain maps and lists, as the JSON parser gives them, turned into these objects all the way down. */
    static Object of(Object parsed) {
        if (parsed instanceof Map<?, ?> map) {
            JsonObject object = new JsonObject();
            map.forEach((key, value) -> object.put(String.valueOf(key), of(value)));
            return object;
        }
        if (parsed instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(of(item)));
            return items;
        }
        return parsed;
    }
}
