/**
 * The published language of the platform: the events every service reads, as immutable records.
 * Sub-packaged by aggregate. Each field carries its audience ({@link io.talentplatform.events.privacy.Audience})
 * and, when it is personal data that erasure must make unreadable, {@link io.talentplatform.events.privacy.PersonalData}.
 */
package io.talentplatform.events;
