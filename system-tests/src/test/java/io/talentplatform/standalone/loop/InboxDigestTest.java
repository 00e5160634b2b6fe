package io.talentplatform.standalone.loop;

import io.talentplatform.platform.testing.Http;
import io.talentplatform.platform.testing.Http.Answer;
import io.talentplatform.platform.testing.TestTeam;
import io.talentplatform.platform.time.PlatformClock;
import io.talentplatform.query.inbox.InboxDigest;
import io.talentplatform.standalone.StandaloneTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The daily digest, read from a real SMTP server (GreenMail in the test JVM): one mail per person per day however
 * many items arrive and however often the platform checks, each listing only that person's items, with no text
 * outside its audience; a mail the SMTP server refuses is sent at a later check, once.
 */
@StandaloneTest
class InboxDigestTest {

    private static final String NOTE = "mentioned an offer from a competitor, keep this between us";
    private static final String MINE = "introduce Ada to the platform architect";
    private static final String HERS = "write the auth-refactor design doc";

    @LocalServerPort
    int port;
    @Autowired
    PlatformClock clock;
    @Autowired
    InboxDigest digest;
    @Autowired
    JavaMailSender mail;
    @Autowired
    JdbcClient jdbc;

    @Test
    void oneDigestPerPersonPerDayWithOnlyTheirItemsAndNoConfidentialText() {
        TestTeam team = TestTeam.register(port);
        Http manager = team.asManager();
        String conversation = team.heldConversation();
        manager.post("/api/v1/conversations/" + conversation + "/notes",
                "{\"kind\":\"FLIGHT_SIGNAL\",\"text\":\"%s\"}".formatted(NOTE)).ok();
        String contract = team.openContract();
        manager.post("/api/v1/contracts/" + contract + "/commitments", """
                {"owner":"MANAGER","description":"%s","dueOn":"%s","kind":"INTRODUCTION"}"""
                .formatted(MINE, clock.today().plusDays(3))).ok();
        team.asEmployee().post("/api/v1/contracts/" + contract + "/commitments", """
                {"owner":"EMPLOYEE","description":"%s","dueOn":"%s"}""".formatted(HERS, clock.today().plusDays(3))).ok();
        // The digest of tomorrow, a day the platform's own checks have not reached: all of today's items are in.
        LocalDate tomorrow = clock.today().plusDays(1);
        String day = tomorrow.toString();
        await().atMost(Duration.ofSeconds(30)).until(() -> items(team.manager(), tomorrow) == 3
                && items(team.employee(), tomorrow) == 1);
        digest.send(mail, tomorrow);

        String managers = await().atMost(Duration.ofSeconds(10)).until(() -> onDay(team.manager(), day).stream()
                .map(TestMail.Mail::text).findFirst().orElse(null), text -> text != null);
        String employees = await().atMost(Duration.ofSeconds(10)).until(() -> onDay(team.employee(), day).stream()
                .map(TestMail.Mail::text).findFirst().orElse(null), text -> text != null);
        assertThat(managers).contains("Share the written summary of your conversation with Person " + team.employee())
                .contains("A career conversation with Person " + team.employee() + " is due: a flight signal")
                .contains(MINE).doesNotContain(NOTE).doesNotContain(HERS);
        assertThat(employees).contains(HERS).doesNotContain(MINE).doesNotContain(NOTE)
                .doesNotContainIgnoringCase("flight");

        // More items that day, and many more checks (a restart checks again at once): still one digest each.
        manager.post("/api/v1/contracts/" + contract + "/commitments", """
                {"owner":"MANAGER","description":"a slot at the architecture forum","dueOn":"%s","kind":"VISIBILITY"}"""
                .formatted(clock.today().plusDays(2))).ok();
        await().atMost(Duration.ofSeconds(30)).until(() -> items(team.manager(), tomorrow) == 4);
        for (int check = 0; check < 5; check++) {
            digest.send(mail, tomorrow);
        }
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(onDay(team.manager(), day)).hasSize(1);
        assertThat(onDay(team.employee(), day)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM inbox_digest WHERE recipient_id IN (?, ?) AND day = ?")
                .params(team.manager(), team.employee(), tomorrow).query(Long.class).single()).isEqualTo(2);
    }

    /** How many of the person's items show on {@code day}. */
    private long items(String recipient, LocalDate day) {
        return jdbc.sql("""
                        SELECT count(*) FROM inbox_item WHERE recipient_id = ? AND resolved_on IS NULL
                          AND visible_from <= ?""").params(recipient, day).query(Long.class).single();
    }

    @Test
    void aDigestTheSmtpServerRefusesGoesOutAtALaterCheckOnce() throws IOException {
        TestTeam team = TestTeam.register(port);
        String contract = team.openContract();
        team.asEmployee().post("/api/v1/contracts/" + contract + "/commitments", """
                {"owner":"EMPLOYEE","description":"%s","dueOn":"%s"}""".formatted(HERS, clock.today().plusDays(3))).ok();
        // The digest of a day still to come, which the platform's own checks do not send yet.
        LocalDate tomorrow = clock.today().plusDays(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> items(team.employee(), tomorrow) == 1);

        JavaMailSenderImpl refusing = new JavaMailSenderImpl();
        refusing.setHost("127.0.0.1");
        refusing.setPort(closedPort());
        digest.send(refusing, tomorrow);
        assertThat(onDay(team.employee(), tomorrow.toString())).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM inbox_digest WHERE recipient_id = ? AND day = ?")
                .params(team.employee(), tomorrow).query(Long.class).single())
                .as("the refused mail gave its claim back").isZero();

        digest.send(mail, tomorrow);
        digest.send(mail, tomorrow);
        List<TestMail.Mail> sent = await().atMost(Duration.ofSeconds(10))
                .until(() -> onDay(team.employee(), tomorrow.toString()), mails -> !mails.isEmpty());
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).text()).contains(HERS);
    }

    private static List<TestMail.Mail> onDay(String employeeId, String day) {
        return TestMail.to(employeeId).stream().filter(mail -> mail.subject().endsWith(day)).toList();
    }

    /** A loopback port nothing listens on: the SMTP connection is refused. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
