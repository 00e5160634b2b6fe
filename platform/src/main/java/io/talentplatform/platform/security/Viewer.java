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
 * @param auditor   whether the viewer audits: they read the reasons of what was recorded (Audience#auditors)
 */
public record Viewer(String employeeId, Set<Relationship> relationships, boolean consented, boolean auditor) {

    private static final String ATTRIBUTE = Viewer.class.getName();

    public Viewer {
        relationships = Set.copyOf(relationships);
    }

    public Viewer(String employeeId, Set<Relationship> relationships, boolean consented) {
        this(employeeId, relationships, consented, false);
    }

    public static Viewer of(Caller caller, Set<Relationship> relationships, boolean consented) {
        return new Viewer(caller.employeeId(), relationships, consented);
    }

    /**
     * An auditor: what the organisation sees, consented fields if the person consented, and the reasons of every
     * record (docs/security.md, "Auditors").
     */
    public static Viewer auditor(Caller caller, boolean consented) {
        return new Viewer(caller.employeeId(), Set.of(), consented, true);
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

    /** As {@link #sees(Confidentiality, String)}, and an auditor sees a reason whatever its audience. */
    public boolean sees(Confidentiality level, String writer, boolean reason) {
        return (reason && auditor) || sees(level, writer);
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
