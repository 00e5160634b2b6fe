package io.talentplatform.command.contract;

import io.talentplatform.platform.problem.RuleViolation;
import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The rules a contract and its commitments share, each decided here once, and the contract's calendar. */
final class ContractRules {

    private ContractRules() {
    }

    static void requireOpen(boolean open) {
        if (!open) {
            throw RuleViolation.conflict("contract-closed", "This development contract is closed.");
        }
    }

    /** A review is always planned for a day after today (and after the review just held, if any). */
    static void requireReviewAfter(LocalDate nextReviewOn, LocalDate after) {
        if (!nextReviewOn.isAfter(today()) || !nextReviewOn.isAfter(after)) {
            throw RuleViolation.unprocessable("review-not-in-future", "The next review is planned after today.");
        }
    }

    /** A commitment is made for, or moved to, a day after today. */
    static void requireDueAfterToday(LocalDate dueOn, String made) {
        if (!dueOn.isAfter(today())) {
            throw RuleViolation.unprocessable("due-date-not-in-future",
                    "A commitment is " + made + " a date after today, not " + dueOn + ".");
        }
    }

    /** A date "passes" when the next day begins (UTC). */
    static Instant startOfDayAfter(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static LocalDate today() {
        return LocalDate.ofInstant(GenericEventMessage.clock.instant(), ZoneOffset.UTC);
    }
}
