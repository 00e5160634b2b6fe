package io.talentplatform.command.contract;

import io.talentplatform.platform.problem.RuleViolation;

import java.time.LocalDate;

import static io.talentplatform.command.deadlines.Days.today;

/** The rules a contract and its commitments share, each decided here once. */
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
}
