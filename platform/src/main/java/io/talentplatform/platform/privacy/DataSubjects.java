package io.talentplatform.platform.privacy;

import java.util.Optional;

/** The person an event is about, as its {@code @DataSubject} component names them (the same rule sealing uses). */
public final class DataSubjects {

    private DataSubjects() {
    }

    /** Empty for a payload that names no person, or names none in this instance. */
    public static Optional<String> of(Object payload) {
        if (payload == null) {
            return Optional.empty();
        }
        return PersonalFields.of(payload.getClass()).map(fields -> {
            try {
                Object subject = payload.getClass().getMethod(fields.subjectField()).invoke(payload);
                return subject == null ? null : subject.toString();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read the data subject of " + payload.getClass(), e);
            }
        });
    }
}
