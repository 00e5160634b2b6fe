package io.talentplatform.query.inbox;

import io.talentplatform.query.inbox.Inbox.Item;

/**
 * One line of a digest per item, in words. An item already carries only what its recipient may read (the loop
 * addresses it to the person or their manager); a line adds nothing else.
 */
final class DigestLines {

    private DigestLines() {
    }

    static String line(Item item, String recipient) {
        String who = item.employeeName() != null ? item.employeeName() : item.employeeId();
        String due = item.dueOn() == null ? "" : (item.overdue() ? " (overdue since " : " (by ") + item.dueOn() + ")";
        return switch (item.kind()) {
            case "CONVERSATION_DUE" -> "A career conversation with " + who + " is due"
                    + (item.text() == null ? "" : ": " + item.text()) + due + ".";
            case "PROMPT_TO_SEND" -> "Send " + who + " the reflection prompt before your conversation on "
                    + item.dueOn() + ".";
            case "REFLECTION_PROMPT" -> "Before your career conversation on " + item.dueOn() + ": " + item.text();
            case "SUMMARY_DUE" -> "Share the written summary of your conversation with " + who + due + ".";
            case "COMMITMENT_DUE" -> (item.employeeId().equals(recipient) ? "Your commitment" : "Your commitment to "
                    + who) + ": " + item.text() + due + ".";
            case "REVIEW_DUE" -> "Review the development contract with " + who + due + ".";
            case "NEXT_NOT_BOOKED" -> "Book the next career conversation with " + who + ".";
            case "GOES_NOWHERE" -> "Nothing has come yet of your last career conversation with " + who
                    + ": a contract revision, a commitment or new evidence.";
            case "REASSESS_SIGNAL" -> "The advocacy action for " + who + " is done: does "
                    + (item.counterpartName() != null ? item.counterpartName() : item.counterpartId())
                    + " now know their work?";
            case "AGREE_OPPORTUNITY" -> who + " asks to take " + item.text() + " beside their role: will you give the "
                    + "time?";
            default -> item.kind() + " about " + who + due + ".";
        };
    }
}
