package io.talentplatform.platform.privacy;

import io.talentplatform.events.privacy.DataSubject;
import io.talentplatform.events.privacy.PersonalData;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where an event record keeps its personal data: the component naming its person ({@link DataSubject}) and the
 * paths of its {@link PersonalData} text fields, also inside nested records (an advocacy action's description).
 * Read once per class from the annotations declared in the events module.
 */
record PersonalFields(String subjectField, List<List<String>> paths) {

    private static final Map<Class<?>, Optional<PersonalFields>> CACHE = new ConcurrentHashMap<>();

    /** The personal fields of a record that names its person, or empty for any other type. */
    static Optional<PersonalFields> of(Class<?> type) {
        return CACHE.computeIfAbsent(type, PersonalFields::inspect);
    }

    private static Optional<PersonalFields> inspect(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        String subject = null;
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.isAnnotationPresent(DataSubject.class)) {
                subject = component.getName();
            }
        }
        List<List<String>> paths = new ArrayList<>();
        collect(type, List.of(), paths);
        if (subject == null) {
            // A value nested in an event (an advocacy action) is sealed by the event that carries it.
            return Optional.empty();
        }
        return Optional.of(new PersonalFields(subject, List.copyOf(paths)));
    }

    /** The paths of the personal text fields of a record, including those of records nested in it. */
    static List<List<String>> personalPaths(Class<?> type) {
        List<List<String>> paths = new ArrayList<>();
        if (type.isRecord()) {
            collect(type, List.of(), paths);
        }
        return paths;
    }

    private static void collect(Class<?> type, List<String> prefix, List<List<String>> paths) {
        for (RecordComponent component : type.getRecordComponents()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(component.getName());
            if (component.isAnnotationPresent(PersonalData.class)) {
                if (component.getType() != String.class && !java.util.List.class.isAssignableFrom(component.getType())) {
                    throw new IllegalStateException("@PersonalData must be on text or a list of texts: "
                            + type.getName() + "." + component.getName());
                }
                paths.add(List.copyOf(path));
            } else if (component.getType().isRecord() && prefix.size() < 4) {
                collect(component.getType(), path, paths);
            }
        }
    }
}
