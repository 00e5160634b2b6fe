package io.talentplatform.query.followthrough;

import io.talentplatform.query.followthrough.FollowThroughView.Fulfilment;

import java.util.List;

/**
 * One manager's follow-through in a line, for HR's view across managers: how many reports, how many of them went a
 * quarter without a full career conversation, deferrals, contract reviews missed, summaries late, and the manager's
 * own commitments.
 */
public record ManagerSummary(String managerId, String displayName, int reports, int quarterlyCadenceBreaches,
                             int deferrals, int reviewBreaches, int summariesLate, int ownCommitmentsOverdue,
                             Fulfilment fulfilment) {

    static ManagerSummary of(FollowThroughView view, String displayName) {
        List<FollowThroughView.Report> reports = view.reports();
        return new ManagerSummary(view.managerId(), displayName, reports.size(),
                (int) reports.stream().filter(FollowThroughView.Report::quarterlyCadenceBreached).count(),
                reports.stream().mapToInt(FollowThroughView.Report::deferrals).sum(),
                (int) reports.stream().filter(report -> report.contract() != null && report.contract().reviewBreached())
                        .count(),
                (int) reports.stream().filter(report -> report.contract() != null
                        && report.contract().summaryNotSharedWithin48Hours()).count(),
                view.fulfilment().overdueOpen(), view.fulfilment());
    }

    public record Page(List<ManagerSummary> managers, String nextCursor) {
    }
}
