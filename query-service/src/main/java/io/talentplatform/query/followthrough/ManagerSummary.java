package io.talentplatform.query.followthrough;

import io.talentplatform.query.followthrough.FollowThroughView.Fulfilment;

import java.util.List;

/**
 * One manager's follow-through in a line, for HR's view across managers: how many reports, how many of them went a
 * quarter without a full career conversation, deferrals, contract reviews missed, summaries late, and the manager's
 * own commitments; and the escalations (docs/loop.md): each report deferred twice in a row or a quarter without a
 * conversation, by id and why, never with any text about them.
 */
public record ManagerSummary(String managerId, String displayName, int reports, int quarterlyCadenceBreaches,
                             int deferrals, int reviewBreaches, int summariesLate, int ownCommitmentsOverdue,
                             Fulfilment fulfilment, List<EscalatedReport> escalations, int conversationsDue,
                             int conversationsGoingNowhere) {

    /** A report on HR's follow-through, and why. */
    public record EscalatedReport(String employeeId, List<FollowThroughView.Escalation> why,
                                  int consecutiveDeferrals) {
    }

    static ManagerSummary of(FollowThroughView view, String displayName) {
        List<FollowThroughView.Report> reports = view.reports();
        return new ManagerSummary(view.managerId(), displayName, reports.size(),
                (int) reports.stream().filter(FollowThroughView.Report::quarterlyCadenceBreached).count(),
                reports.stream().mapToInt(FollowThroughView.Report::deferrals).sum(),
                (int) reports.stream().filter(report -> report.contract() != null && report.contract().reviewBreached())
                        .count(),
                reports.stream().mapToInt(report -> report.summariesLate().size()).sum(),
                view.fulfilment().overdueOpen(), view.fulfilment(),
                reports.stream().filter(report -> !report.escalations().isEmpty())
                        .map(report -> new EscalatedReport(report.employeeId(), report.escalations(),
                                report.consecutiveDeferrals()))
                        .toList(),
                reports.stream().mapToInt(report -> report.conversationsDue().size()).sum(),
                reports.stream().mapToInt(report -> report.conversationsGoingNowhere().size()).sum());
    }

    public record Page(List<ManagerSummary> managers, String nextCursor) {
    }
}
