package io.talentplatform.query.inbox;

import io.talentplatform.platform.readmodel.ReadModel;
import io.talentplatform.platform.security.Access;
import io.talentplatform.platform.security.Caller;
import io.talentplatform.platform.security.Relationship;
import io.talentplatform.platform.security.Viewer;
import io.talentplatform.platform.time.PlatformClock;
import io.talentplatform.platform.web.Cursor;
import io.talentplatform.query.access.AccessLog;
import io.talentplatform.query.freshness.ProcessedPositions;
import io.talentplatform.query.inbox.Inbox.Item;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;

/** "What is due for me?": the caller's own inbox, a page at a time (docs/loop.md). */
@RestController
@Validated
class InboxController {

    static final String READ_MODEL = ReadModel.Names.FOLLOW_THROUGH;

    private final InboxReader reader;
    private final ProcessedPositions positions;
    private final PlatformClock clock;
    private final AccessLog accessLog;

    InboxController(InboxReader reader, ProcessedPositions positions, PlatformClock clock, AccessLog accessLog) {
        this.reader = reader;
        this.positions = positions;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    /** The caller's inbox: what waits for them to act on, such as agreeing a gig or answering a contest. */
    @GetMapping("/api/v1/me/inbox")
    Inbox inbox(@RequestParam(required = false) @Size(max = 300) String cursor,
                @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
                @RequestParam(required = false) @Min(0) Long minPosition, Caller caller) {
        // The caller's own items: whoever they are, and only theirs.
        Access.READ_INBOX.require(caller, relationship -> true);
        positions.awaitIfAsked(READ_MODEL, minPosition);
        // The projection addresses an item only to someone in its audience (the person, or their manager).
        Viewer.of(caller, EnumSet.of(Relationship.SELF), false).declare();
        Key after = Key.decode(cursor);
        LocalDate today = clock.today();
        List<Item> found = reader.items(caller.employeeId(), today, after.due(), after.itemId(), limit + 1);
        List<Item> page = found.size() > limit ? found.subList(0, limit) : found;
        List<String> about = page.stream().map(Item::employeeId).filter(id -> !caller.is(id)).distinct().toList();
        if (!about.isEmpty()) {
            accessLog.record(caller, about);
        }
        String next = found.size() > limit ? Key.of(page.get(page.size() - 1)).encode() : null;
        return new Inbox(caller.employeeId(), today, page, next);
    }

    /** The keyset of the inbox's order: due date (none last), then the item's id. */
    private record Key(LocalDate due, String itemId) {

        /** Before every due date. */
        static final LocalDate FIRST = LocalDate.of(1900, 1, 1);

        static Key of(Item item) {
            return new Key(item.dueOn() == null ? InboxReader.NO_DATE : item.dueOn(), item.itemId());
        }

        static Key decode(String cursor) {
            String key = Cursor.decode(cursor);
            if (key.isEmpty()) {
                return new Key(FIRST, "");
            }
            int bar = key.indexOf('|');
            try {
                return new Key(LocalDate.parse(key.substring(0, Math.max(bar, 0))), key.substring(bar + 1));
            } catch (DateTimeParseException e) {
                throw Cursor.notOurs();
            }
        }

        String encode() {
            return Cursor.after(due + "|" + itemId);
        }
    }
}
