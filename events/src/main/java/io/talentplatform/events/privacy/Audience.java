package io.talentplatform.events.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The audience of an event field. A field without it is {@link Confidentiality#ORGANISATION}.
 *
 * <p>{@link #auditors()} marks a reason: the free text that says why a record was made or changed (a reschedule, a
 * revision, a withdrawal, a cancellation, an assessment's rationale, a contest and its answer). Auditors read those
 * beside the audience, because an audit asks why as well as what (docs/security.md, "Auditors").
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Audience {
    Confidentiality value();

    /** Whether auditors read it too, being the reason a record was made or changed. */
    boolean auditors() default false;
}
