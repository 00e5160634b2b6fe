package io.talentplatform.query.inbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The daily email digest of the inbox (docs/loop.md). Mail goes out only where an SMTP server is configured
 * ({@code spring.mail.host}); then {@code recipient} says where each person's mail goes.
 *
 * @param hour       the hour of the day (UTC, on the platform clock) from which a day's digest goes out
 * @param checkEvery how often the platform looks whether a day's digests are due
 * @param recipient  each person's address, with {@code {employeeId}} standing for their id, such as
 *                   {@code {employeeId}@mail.example.org}, or the address a mail relay maps
 * @param from       the sender of the digest
 * @param link       the web address of the pages, for the link at the end of each digest (none if empty)
 */
@ConfigurationProperties("talent.inbox.digest")
public record DigestSettings(@DefaultValue("7") int hour, @DefaultValue("5m") Duration checkEvery, String recipient,
                             @DefaultValue("talent-platform@localhost") String from, @DefaultValue("") String link) {

    public DigestSettings {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("talent.inbox.digest.hour is an hour of the day, 0 to 23");
        }
    }

    /** The address of one person's digest. */
    String addressOf(String employeeId) {
        return recipient.replace("{employeeId}", employeeId);
    }
}
