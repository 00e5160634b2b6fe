package io.talentplatform.events.privacy;

/**
 * Who may see a field, from the widest audience to the narrowest. Declared once per event field and enforced
 * centrally, never per endpoint.
 */
public enum Confidentiality {
    /** Anyone in the organisation with a reason to look: structure, dates, job titles. */
    ORGANISATION,
    /** Panels and the talent marketplace, only while the person consents to share it. */
    CONSENTED,
    /** The person and their current manager. */
    PERSON_AND_MANAGER,
    /** Only the person who wrote it (a manager's listening notes). */
    WRITER
}
