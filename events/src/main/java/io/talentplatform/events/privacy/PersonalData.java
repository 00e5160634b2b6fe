package io.talentplatform.events.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field as personal data of the event's {@link DataSubject}: it is stored encrypted with that person's key,
 * so that erasing the key makes it unreadable everywhere the immutable log is replayed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {
}
