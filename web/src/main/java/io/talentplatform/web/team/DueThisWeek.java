package io.talentplatform.web.team;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What falls due for a manager in the next seven days, or is already overdue: their own commitments, contract
 * reviews and booked conversations (seed 001, "Done anything time-sensitive within the week").
 */
record DueThisWeek(String what, String employeeId, String displayName, LocalDate on, boolean overdue,
                   String description) {

    static List<DueThisWeek> from(List<Map<String, Object>> reports, List<Object> ownCommitments, LocalDate today) {
        LocalDate horizon = today.plusDays(7);
        List<DueThisWeek> due = new ArrayList<>();
        for (Map<String, Object> report : reports) {
            String person = String.valueOf(report.get("employeeId"));
            String name = String.valueOf(report.get("displayName"));
            if (report.get("contract") instanceof Map<?, ?> contract && contract.get("nextReviewOn") != null) {
                LocalDate review = LocalDate.parse(String.valueOf(contract.get("nextReviewOn")));
                if (!review.isAfter(horizon)) {
                    due.add(new DueThisWeek("review", person, name, review, review.isBefore(today), null));
                }
            }
            if (report.get("nextConversationAt") != null) {
                LocalDate conversation = LocalDate.ofInstant(Instant.parse(String.valueOf(
                        report.get("nextConversationAt"))), ZoneOffset.UTC);
                if (!conversation.isAfter(horizon)) {
                    due.add(new DueThisWeek("conversation", person, name, conversation,
                            conversation.isBefore(today), null));
                }
            }
        }
        for (Object commitment : ownCommitments) {
            Map<?, ?> own = (Map<?, ?>) commitment;
            LocalDate dueOn = LocalDate.parse(String.valueOf(own.get("dueOn")));
            if (!dueOn.isAfter(horizon)) {
                String person = String.valueOf(own.get("employeeId"));
                String name = reports.stream().filter(report -> person.equals(report.get("employeeId")))
                        .map(report -> String.valueOf(report.get("displayName"))).findFirst().orElse(person);
                due.add(new DueThisWeek("commitment", person, name, dueOn,
                        "OVERDUE".equals(own.get("status")) || dueOn.isBefore(today),
                        own.get("description") == null ? null : String.valueOf(own.get("description"))));
            }
        }
        due.sort(Comparator.comparing(DueThisWeek::on));
        return due;
    }
}
