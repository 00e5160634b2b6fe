package io.talentplatform.standalone.loop;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One real SMTP server per test JVM (GreenMail, on a free loopback port), which every standalone context sends its
 * inbox digests to: each person's address is {@code <employeeId>@mail.test}.
 */
public final class TestMail {

    public static final String DOMAIN = "mail.test";
    private static GreenMail server;

    private TestMail() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
        }
        return server;
    }

    public static String addressOf(String employeeId) {
        return employeeId + "@" + DOMAIN;
    }

    /** The digests one person received so far: subject and text of each, oldest first. */
    public static List<Mail> to(String employeeId) {
        String address = addressOf(employeeId);
        return Arrays.stream(server().getReceivedMessages())
                .filter(message -> recipients(message).contains(address))
                .map(TestMail::mail).toList();
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail mail(MimeMessage message) {
        try {
            return new Mail(message.getSubject(), String.valueOf(message.getContent()).strip());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One mail as its recipient reads it. */
    public record Mail(String subject, String text) {
    }

    /** Points a context's digest at the test SMTP server, checking every second. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            GreenMail smtp = server();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("talent-test-mail", Map.of(
                    "spring.mail.host", "127.0.0.1",
                    "spring.mail.port", smtp.getSmtp().getPort(),
                    "talent.inbox.digest.recipient", "{employeeId}@" + DOMAIN,
                    "talent.inbox.digest.check-every", "1s",
                    "talent.inbox.digest.hour", "0")));
        }
    }
}
