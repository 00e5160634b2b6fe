package io.talentplatform.query.inbox;

import io.talentplatform.platform.time.PlatformClock;
import io.talentplatform.query.inbox.Inbox.Item;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reaching out: once a day, each person with something due gets one mail listing it, never one mail per event
 * (docs/loop.md). Only where an SMTP server is configured ({@code spring.mail.host}); otherwise the inbox is the
 * only place.
 *
 * <p>One digest per person per day: a day's digest is claimed by inserting its row before the mail goes out (so two
 * query services never both send it) and the claim is given back if the SMTP server refuses the mail, so a later
 * check tries again. A process killed between the claim and the send loses that day's mail for that person, never
 * doubles it: the items are still in the inbox.
 */
@Component
@EnableScheduling
@EnableConfigurationProperties(DigestSettings.class)
public class InboxDigest {

    private static final Logger log = LoggerFactory.getLogger(InboxDigest.class);
    private static final int MOST_ITEMS = 100;

    private final InboxReader reader;
    private final JdbcClient jdbc;
    private final PlatformClock clock;
    private final DigestSettings settings;
    private final ObjectProvider<JavaMailSender> mail;

    InboxDigest(InboxReader reader, JdbcClient jdbc, PlatformClock clock, DigestSettings settings,
                ObjectProvider<JavaMailSender> mail) {
        this.reader = reader;
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.mail = mail;
    }

    @Scheduled(fixedDelayString = "${talent.inbox.digest.check-every:5m}", initialDelayString = "10s")
    public void check() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || settings.recipient() == null || settings.recipient().isBlank()) {
            return;
        }
        Instant now = clock.instant();
        if (now.atZone(ZoneOffset.UTC).getHour() >= settings.hour()) {
            send(sender, LocalDate.ofInstant(now, ZoneOffset.UTC));
        }
    }

    /** Sends the day's digest to everyone who has items showing that day and has no digest for it yet. */
    public int send(JavaMailSender sender, LocalDate day) {
        int sent = 0;
        for (String recipient : reader.recipientsWithoutDigest(day)) {
            List<Item> items = reader.items(recipient, day, LocalDate.of(1900, 1, 1), "", MOST_ITEMS);
            if (items.isEmpty() || !claim(recipient, day, items.size())) {
                continue; // Resolved since, or another service took it.
            }
            try {
                sender.send(message(recipient, day, items));
                sent++;
            } catch (MailException refused) {
                log.warn("Digest of {} for {} not sent, tried again at the next check: {}", recipient, day,
                        refused.getMessage());
                jdbc.sql("DELETE FROM inbox_digest WHERE recipient_id = ? AND day = ?").params(recipient, day)
                        .update();
            }
        }
        return sent;
    }

    private boolean claim(String recipient, LocalDate day, int items) {
        return jdbc.sql("""
                        INSERT INTO inbox_digest (recipient_id, day, items, sent_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (recipient_id, day) DO NOTHING""")
                .params(recipient, day, items, java.sql.Timestamp.from(clock.instant())).update() == 1;
    }

    private SimpleMailMessage message(String recipient, LocalDate day, List<Item> items) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(settings.addressOf(recipient));
        message.setSubject("Talent platform: " + items.size() + (items.size() == 1 ? " thing" : " things")
                + " due for you, " + day);
        String body = items.stream().map(item -> "- " + DigestLines.line(item, recipient))
                .collect(Collectors.joining("\n"));
        String link = settings.link().isBlank() ? "" : "\n\nYour inbox: " + settings.link();
        message.setText("What is due for you today (" + day + "):\n\n" + body + link
                + "\n\nOne mail a day, and only when something is due.");
        return message;
    }
}
