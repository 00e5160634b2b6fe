package io.talentplatform.projections.followthrough;

import io.talentplatform.platform.loop.LoopRules;
import io.talentplatform.projections.BatchedWrites;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** The inbox's items as the loop's projectors write them: their kinds, their keys, and the writes they share. */
public final class InboxItems {

    /** The kinds of inbox item (docs/loop.md). */
    public enum Kind {
        CONVERSATION_DUE, PROMPT_TO_SEND, REFLECTION_PROMPT, SUMMARY_DUE, COMMITMENT_DUE, REVIEW_DUE,
        NEXT_NOT_BOOKED, GOES_NOWHERE, REASSESS_SIGNAL, AGREE_OPPORTUNITY
    }

    private InboxItems() {
    }

    /**
     * Marks the person's conversations held in the two weeks before {@code at} (and the one named, whenever it was
     * held) as having led somewhere, once: the first day counts; and resolves their "went nowhere" items. A "went
     * nowhere" item is written only for a conversation not yet marked, and the person's events are handled in order,
     * so the person's open items of marked conversations are exactly those of the conversations marked now. Three
     * statements that each name their rows by key, so that a batch sends each as one multi-row statement
     * (docs/decisions/020-progress-resolves-only-what-it-marks.md); most events mark nothing, and the last statement
     * then finds no open item of the kind.
     */
    static void progressed(BatchedWrites writes, String employeeId, UUID conversationId, Instant at) {
        LocalDate on = day(at);
        if (conversationId != null) {
            writes.sql("UPDATE ft_conversation SET progressed_on = ? WHERE progressed_on IS NULL AND conversation_id = ?")
                    .params(on, conversationId).update();
        }
        writes.sql("""
                        UPDATE ft_conversation SET progressed_on = ?
                        WHERE progressed_on IS NULL AND employee_id = ? AND held_at <= ? AND held_at > ?""")
                .params(on, employeeId, java.sql.Timestamp.from(at),
                        java.sql.Timestamp.from(at.minus(Duration.ofDays(LoopRules.NOWHERE_AFTER_DAYS)))).update();
        writes.sql("""
                        UPDATE inbox_item SET resolved_on = ?
                        WHERE resolved_on IS NULL AND employee_id = ? AND kind = 'GOES_NOWHERE'
                          AND conversation_id IN (SELECT conversation_id FROM ft_conversation
                              WHERE employee_id = ? AND progressed_on IS NOT NULL)""")
                .params(on, employeeId, employeeId).update();
    }

    /** Resolves, on {@code on}, the open items that {@code where} selects. */
    static void resolve(BatchedWrites writes, String where, LocalDate on, Object... params) {
        Object[] all = new Object[params.length + 1];
        all[0] = on;
        System.arraycopy(params, 0, all, 1, params.length);
        writes.sql("UPDATE inbox_item SET resolved_on = ? WHERE resolved_on IS NULL AND " + where).params(all).update();
    }

    /** An item's key: its kind and what it is about. */
    public static String itemId(Kind kind, UUID about) {
        return kind.name().toLowerCase() + ":" + about;
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    static java.sql.Timestamp startOf(LocalDate day) {
        return java.sql.Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
