package io.talentplatform.projections.followthrough;

import io.talentplatform.events.contract.CommitmentCompleted;
import io.talentplatform.events.contract.CommitmentKind;
import io.talentplatform.events.contract.CommitmentMade;
import io.talentplatform.events.contract.CommitmentOwner;
import io.talentplatform.events.contract.DevelopmentContractOpened;
import io.talentplatform.events.contract.ReviewCadence;
import io.talentplatform.events.conversation.ConversationCancelled;
import io.talentplatform.events.conversation.ConversationHeld;
import io.talentplatform.events.conversation.ConversationKind;
import io.talentplatform.events.conversation.ConversationRescheduled;
import io.talentplatform.events.conversation.ConversationScheduled;
import io.talentplatform.events.conversation.ConversationSummaryShared;
import io.talentplatform.events.conversation.ConversationTrigger;
import io.talentplatform.events.conversation.ReflectionPromptWritten;
import io.talentplatform.events.employee.CareerConversationDue;
import io.talentplatform.events.employee.DevelopmentPushesPaused;
import io.talentplatform.events.employee.EmployeeRegistered;
import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.projections.EventLog;
import io.talentplatform.projections.ProjectionsTest;
import io.talentplatform.projections.TableDigest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Given a person's conversations, contract and loop events on known days, then the inbox items with the day each
 * shows from, the deferrals (a cancellation without another booking among them) and the pause; a rebuild gives the
 * same rows, so nothing appears twice.
 */
@ProjectionsTest
class LoopProjectorTest {

    @Autowired
    EventLog log;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theLoopsEventsBecomeInboxItemsOnTheirDaysAndRebuildToTheSame() {
        String ada = "E-" + UUID.randomUUID().toString().substring(0, 8);
        String grace = "M-" + UUID.randomUUID().toString().substring(0, 8);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        UUID contract = UUID.randomUUID();
        UUID mine = UUID.randomUUID();
        UUID hers = UUID.randomUUID();
        Instant monday = Instant.parse("2026-03-02T09:00:00Z");
        LocalDate day = LocalDate.of(2026, 3, 2);

        log.appendAt(monday, "Employee", ada, new EmployeeRegistered(ada, "Ada", "Engineer", "L5", "Engineering",
                grace));
        log.appendAt(monday, "CareerConversation", first.toString(),
                new ConversationScheduled(first, ada, grace, ConversationKind.FULL, ConversationTrigger.QUARTERLY,
                        monday.plus(Duration.ofDays(10)), 90, grace));
        log.appendAt(monday.plus(Duration.ofDays(1)), "CareerConversation", first.toString(),
                new ReflectionPromptWritten(first, ada, "what would you like to be known for?"),
                new ConversationRescheduled(first, ada, monday.plus(Duration.ofDays(10)),
                        monday.plus(Duration.ofDays(14)), "offsite", 1));
        log.appendAt(monday.plus(Duration.ofDays(14)), "CareerConversation", first.toString(),
                new ConversationHeld(first, ada, monday.plus(Duration.ofDays(14)), 90));
        log.appendAt(monday.plus(Duration.ofDays(17)), "CareerConversation", first.toString(),
                new ConversationSummaryShared(first, ada, monday.plus(Duration.ofDays(17)), "what we agreed"));
        log.appendAt(monday.plus(Duration.ofDays(15)), "DevelopmentContract", contract.toString(),
                new DevelopmentContractOpened(contract, ada, grace, "lead", "a review run", ReviewCadence.MONTHLY,
                        day.plusDays(45), null, List.of(), first),
                new CommitmentMade(contract, ada, mine, CommitmentOwner.MANAGER, "introduce Ada to the architect",
                        day.plusDays(30), CommitmentKind.INTRODUCTION, null),
                new CommitmentMade(contract, ada, hers, CommitmentOwner.EMPLOYEE, "write the design doc",
                        day.plusDays(40), null, null));
        log.appendAt(monday.plus(Duration.ofDays(20)), "DevelopmentContract", contract.toString(),
                new CommitmentCompleted(contract, ada, mine, day.plusDays(20), false, null));
        log.appendAt(monday.plus(Duration.ofDays(30)), "CareerConversation", second.toString(),
                new ConversationScheduled(second, ada, grace, ConversationKind.FULL, ConversationTrigger.QUARTERLY,
                        monday.plus(Duration.ofDays(60)), 90, grace));
        log.appendAt(monday.plus(Duration.ofDays(31)), "CareerConversation", cancelled.toString(),
                new ConversationScheduled(cancelled, ada, grace, ConversationKind.CHECK_IN,
                        ConversationTrigger.AD_HOC, monday.plus(Duration.ofDays(33)), 30, grace),
                new ConversationCancelled(cancelled, ada, "the other one is booked"));
        log.appendAt(monday.plus(Duration.ofDays(32)), "CareerConversation", second.toString(),
                new ConversationCancelled(second, ada, "until later"));
        log.appendAt(monday.plus(Duration.ofDays(33)), "Employee", ada,
                new CareerConversationDue(ada, grace, ConversationTrigger.FLIGHT_SIGNAL, "a flight signal",
                        day.plusDays(33), day.plusDays(40), "note:1"),
                new DevelopmentPushesPaused(ada, day.plusDays(75), grace, UUID.randomUUID()));

        await().atMost(Duration.ofSeconds(15)).until(() -> items(ada).contains("due:" + ada + ":note:1"));

        assertThat(items(ada)).isEqualTo(sorted(
                "commitment_due:" + hers + "|" + ada + "|" + day.plusDays(33) + "|" + day.plusDays(40)
                        + "|open|write the design doc",
                "commitment_due:" + mine + "|" + grace + "|" + day.plusDays(23) + "|" + day.plusDays(30)
                        + "|" + day.plusDays(20) + "|introduce Ada to the architect",
                "due:" + ada + ":note:1|" + grace + "|" + day.plusDays(33) + "|" + day.plusDays(40)
                        + "|open|a flight signal",
                "goes_nowhere:" + first + "|" + grace + "|" + day.plusDays(28) + "|" + day.plusDays(28) + "|"
                        + day.plusDays(15) + "|",
                "next_not_booked:" + first + "|" + grace + "|" + day.plusDays(21) + "|" + day.plusDays(21) + "|"
                        + day.plusDays(30) + "|",
                "prompt_to_send:" + first + "|" + grace + "|" + day.plusDays(11) + "|" + day.plusDays(14) + "|"
                        + day.plusDays(14) + "|",
                "prompt_to_send:" + second + "|" + grace + "|" + day.plusDays(57) + "|" + day.plusDays(60) + "|"
                        + day.plusDays(32) + "|",
                "reflection_prompt:" + first + "|" + ada + "|" + day.plusDays(11) + "|" + day.plusDays(14) + "|"
                        + day.plusDays(14) + "|what would you like to be known for?",
                "reflection_prompt:" + second + "|" + ada + "|" + day.plusDays(57) + "|" + day.plusDays(60) + "|"
                        + day.plusDays(32) + "|",
                "review_due:" + contract + "|" + grace + "|" + day.plusDays(38) + "|" + day.plusDays(45)
                        + "|open|",
                "summary_due:" + first + "|" + grace + "|" + day.plusDays(14) + "|" + day.plusDays(16) + "|"
                        + day.plusDays(17) + "|"));
        assertThat(jdbc.sql("SELECT string_agg(deferral || ':' || cancelled, ',' ORDER BY deferred_at) "
                        + "FROM ft_deferral WHERE employee_id = ?").param(ada).query(String.class).single())
                .as("the move and the cancellation without another booking; not the check-in cancelled while "
                        + "another conversation was booked").isEqualTo("1:false,0:true");
        assertThat(jdbc.sql("SELECT paused_until FROM ft_pause WHERE employee_id = ?").param(ada)
                .query(LocalDate.class).single()).isEqualTo(day.plusDays(75));
        assertThat(jdbc.sql("SELECT progressed_on FROM ft_conversation WHERE conversation_id = ?").param(first)
                .query(LocalDate.class).single()).as("the contract opened from it the next day").isEqualTo(
                day.plusDays(15));
        String live = digest();

        log.rebuildAndCompare(FollowThroughProjector.NAME, live, this::digest);
    }

    /** Each item of the person: id, recipient, shows from, due, resolved on (or open), text. */
    private String items(String employeeId) {
        return String.join("\n", jdbc.sql("""
                        SELECT item_id || '|' || recipient_id || '|' || visible_from || '|' || coalesce(due_on::text, '')
                               || '|' || coalesce(resolved_on::text, 'open') || '|' || coalesce(detail, '')
                        FROM inbox_item WHERE employee_id = ? ORDER BY item_id COLLATE "C" """)
                .param(employeeId).query(String.class).list());
    }

    /** In the order of the item ids, as {@link #items} lists them. */
    private static String sorted(String... rows) {
        return String.join("\n", java.util.Arrays.stream(rows).sorted().toList());
    }

    private String digest() {
        return TableDigest.of(jdbc, ReadModel.FOLLOW_THROUGH.tables());
    }
}
