package io.talentplatform.events.employee;

/**
 * Who may read a capability's evidence text besides the person and their current manager. The capability and its
 * level go wherever the person's consent lets them; a PRIVATE text ("struggled in the incident review before it
 * clicked") stays between the two of them: never in the talent pool's explanations, never on the marketplace.
 */
public enum EvidenceVisibility {
    /** Succession panels and matching may show it, while the person consents to share capabilities. */
    SHARED,
    /** Only the person and their current manager. */
    PRIVATE
}
