package io.talentplatform.platform.security;

import io.talentplatform.events.privacy.Confidentiality;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Optional;
import java.util.Set;

/**
 * Who is looking at an answer, and how they stand to the person it is about. A query controller declares it once it
 * has decided access; {@link AudienceFilter} then shows each field only to its audience. No viewer declared: every
 * field with an audience is left out (fail closed).
 *
 * @param consented whether the person consented to share CONSENTED fields with this viewer (panels, marketplace)
 */
public record Viewer(String employeeId, Set<Relationship> relationships, boolean consented) {

    private static final String ATTRIBUTE = Viewer.class.getName();

    public Viewer {
        relationships = Set.copyOf(relationships);
    }

    public static Viewer of(Caller caller, Set<Relationship> relationships, boolean consented) {
        return new Viewer(caller.employeeId(), relationships, consented);
    }

    /** Declares the viewer of the current request's answer. */
    public void declare() {
        RequestContextHolder.currentRequestAttributes().setAttribute(ATTRIBUTE, this, RequestAttributes.SCOPE_REQUEST);
    }

    public static Optional<Viewer> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? Optional.empty()
                : Optional.ofNullable((Viewer) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }

    /** The one rule of who sees what, for every answer (INTERFACES.md, DOMAIN.md "Who uses it"). */
    public boolean sees(Confidentiality level, String writer) {
        boolean personOrManager = relationships.contains(Relationship.SELF)
                || relationships.contains(Relationship.CURRENT_MANAGER);
        return switch (level) {
            case ORGANISATION -> true;
            case CONSENTED -> personOrManager || consented;
            case PERSON_AND_MANAGER -> personOrManager;
            case WRITER -> relationships.contains(Relationship.CURRENT_MANAGER) && employeeId.equals(writer);
        };
    }
}
