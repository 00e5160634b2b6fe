package io.talentplatform.projections.followthrough;

import io.talentplatform.events.contract.CommitmentBecameOverdue;
import io.talentplatform.events.contract.CommitmentCompleted;
import io.talentplatform.events.contract.CommitmentKind;
import io.talentplatform.events.contract.CommitmentMade;
import io.talentplatform.events.contract.CommitmentOwner;
import io.talentplatform.events.contract.ContractReviewDue;
import io.talentplatform.events.contract.ContractSummaryShared;
import io.talentplatform.events.contract.DevelopmentContractOpened;
import io.talentplatform.events.contract.DevelopmentContractRevised;
import io.talentplatform.events.contract.ReviewCadence;
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

/** Given a contract's events, then the follow-through rows; a rebuild gives the same rows. */
@ProjectionsTest
class FollowThroughProjectorTest {

    @Autowired
    EventLog log;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aContractsEventsBecomeItsRowsAndRebuildToTheSame() {
        String ada = "E-" + UUID.randomUUID().toString().substring(0, 8);
        UUID contract = UUID.randomUUID();
        UUID introduction = UUID.randomUUID();
        UUID designDoc = UUID.randomUUID();
        LocalDate today = LocalDate.of(2026, 3, 1);
        log.append("Employee", ada, new EmployeeRegistered(ada, "Ada", "Engineer", "L5", "Engineering", "M-1"));
        log.append("DevelopmentContract", contract.toString(),
                new DevelopmentContractOpened(contract, ada, "M-1", "lead initiatives", "a review run",
                        ReviewCadence.MONTHLY, today.plusDays(30), "no Staff opening", List.of("platform role?"), null),
                new CommitmentMade(contract, ada, introduction, CommitmentOwner.MANAGER, "introduce to the architect",
                        today.plusDays(14), CommitmentKind.INTRODUCTION, null),
                new CommitmentMade(contract, ada, designDoc, CommitmentOwner.EMPLOYEE, "write the design doc",
                        today.plusDays(30), null, null),
                new ContractSummaryShared(contract, ada, Instant.parse("2026-03-04T10:00:00Z"),
                        Instant.parse("2026-03-01T10:00:00Z"), true),
                new CommitmentBecameOverdue(contract, ada, introduction, CommitmentOwner.MANAGER, today.plusDays(14)),
                new CommitmentCompleted(contract, ada, introduction, today.plusDays(20), true, "late"),
                new DevelopmentContractRevised(contract, ada, 1, "lead people", "a review run", ReviewCadence.MONTHLY,
                        today.plusDays(30), "no Staff opening", List.of("platform role?"), "goals changed"),
                new ContractReviewDue(contract, ada, "M-1", today.plusDays(30)));

        await().atMost(Duration.ofSeconds(15)).until(() -> rows(contract).contains("DUE"));

        assertThat(rows(contract)).isEqualTo(
                "lead people|1|true|DUE|" + introduction + ":COMPLETED:true;" + designDoc + ":OPEN:null");
        String live = digest();

        log.rebuildAndCompare(FollowThroughProjector.NAME, live, this::digest);
    }

    private String rows(UUID contract) {
        return jdbc.sql("""
                        SELECT c.goal || '|' || c.revision || '|' || c.summary_late || '|'
                               || CASE WHEN c.review_due_since IS NULL THEN 'NONE' ELSE 'DUE' END || '|'
                               || (SELECT string_agg(m.commitment_id || ':' || m.status || ':'
                                       || coalesce(m.completed_late::text, 'null'), ';' ORDER BY m.owner DESC)
                                   FROM ft_commitment m WHERE m.contract_id = c.contract_id)
                        FROM ft_contract c WHERE c.contract_id = ?""")
                .param(contract).query(String.class).optional().orElse("");
    }

    private String digest() {
        return TableDigest.of(jdbc, ReadModel.FOLLOW_THROUGH.tables());
    }
}
