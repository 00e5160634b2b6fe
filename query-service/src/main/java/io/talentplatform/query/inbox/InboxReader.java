package io.talentplatform.query.inbox;

import io.talentplatform.platform.loop.ReflectionPrompt;
import io.talentplatform.query.inbox.Inbox.Item;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The SQL behind the inbox, over the loop's rows of the follow-through read model (the Loop*Projector classes). An item shows
 * from its first day until what it asks for happened; a development push about a person whose pushes are paused is
 * held back for as long as the pause lasts, from whoever would receive it.
 */
@Component
class InboxReader {

    /** Sorts after every date: items without a due date come last. */
    static final LocalDate NO_DATE = LocalDate.of(9999, 12, 31);

    /**
     * An item shows on {@code :today} from its first day until it is resolved, unless it is a development push about
     * a person whose pushes are paused.
     */
    private static final String SHOWING = """
            i.resolved_on IS NULL AND i.visible_from <= :today
              AND NOT (i.push AND EXISTS (SELECT 1 FROM ft_pause z
                  WHERE z.employee_id = i.employee_id AND z.paused_until >= :today))""";

    private final JdbcClient jdbc;

    InboxReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The recipient's items showing on {@code today}, by due date, after the key {@code afterDue|afterId}. */
    List<Item> items(String recipientId, LocalDate today, LocalDate afterDue, String afterId, int limit) {
        return jdbc.sql("""
                        SELECT i.item_id, i.kind, i.employee_id, p.display_name, i.conversation_id, i.contract_id,
                               i.commitment_id, i.counterpart_id, dm.display_name, i.reason, i.detail, c.prompt,
                               i.visible_from, i.due_on, i.opening_id
                        FROM inbox_item i
                        LEFT JOIN career_capital_profile p ON p.employee_id = i.employee_id
                        LEFT JOIN career_capital_profile dm ON dm.employee_id = i.counterpart_id
                        LEFT JOIN ft_conversation c ON c.conversation_id = i.conversation_id
                        WHERE i.recipient_id = :recipient AND %s
                          AND (coalesce(i.due_on, :noDate), i.item_id) > (:afterDue, :afterId)
                        ORDER BY coalesce(i.due_on, :noDate), i.item_id
                        LIMIT :limit""".formatted(SHOWING))
                .param("recipient", recipientId).param("today", today).param("noDate", NO_DATE)
                .param("afterDue", afterDue).param("afterId", afterId).param("limit", limit)
                .query((rs, row) -> {
                    String kind = rs.getString(2);
                    LocalDate due = rs.getObject(14, LocalDate.class);
                    return new Item(rs.getString(1), kind, rs.getString(3), rs.getString(4),
                            rs.getObject(5, UUID.class), rs.getObject(6, UUID.class), rs.getObject(7, UUID.class),
                            rs.getString(8), rs.getString(9), rs.getString(10),
                            text(kind, rs.getString(11), rs.getString(12)), rs.getObject(13, LocalDate.class), due,
                            due != null && due.isBefore(today), rs.getObject(15, UUID.class));
                })
                .list();
    }

    /** Everyone with at least one item showing on {@code today} (paused pushes do not) and no digest for it yet. */
    List<String> recipientsWithoutDigest(LocalDate today) {
        return jdbc.sql("""
                        SELECT DISTINCT i.recipient_id FROM inbox_item i
                        WHERE %s
                          AND NOT EXISTS (SELECT 1 FROM inbox_digest d WHERE d.recipient_id = i.recipient_id
                              AND d.day = :today)
                        ORDER BY i.recipient_id""".formatted(SHOWING))
                .param("today", today).query(String.class).list();
    }

    /** The prompt goes out in the manager's words if they wrote their own, else in seed 001's. */
    private static String text(String kind, String detail, String prompt) {
        return switch (kind) {
            case "REFLECTION_PROMPT" -> ReflectionPrompt.toSend(detail);
            case "PROMPT_TO_SEND" -> ReflectionPrompt.toSend(prompt);
            default -> detail;
        };
    }
}
