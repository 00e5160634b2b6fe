package io.talentplatform.projections;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A batch's statements are kept until it commits, then sent grouped by statement, each person's (or aggregate's)
 * in the order their events gave them, all in the batch's transaction.
 */
@ProjectionsTest
class BatchedWritesTest {

    private static final String UPSERT = """
            INSERT INTO career_capital_profile (employee_id, display_name, job_title, level, function, registered_at)
            VALUES (?, 'Test', ?, 'L1', 'Testing', ?)
            ON CONFLICT (employee_id) DO UPDATE SET job_title = EXCLUDED.job_title""";
    private static final String RETITLE = "UPDATE career_capital_profile SET job_title = ? WHERE employee_id = ?";

    @Autowired
    BatchedWrites writes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionManager transactions;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String ada = "BW-A-" + suffix;
    private final String bo = "BW-B-" + suffix;
    private final String cy = "BW-C-" + suffix;

    /** The rows come from no event: other tests compare these tables with what a replay of the log builds. */
    @AfterEach
    void removeTheRowsNoEventWrote() {
        jdbc.update("DELETE FROM career_capital_profile WHERE employee_id IN (?, ?, ?)", ada, bo, cy);
    }

    /** An event of the person's own aggregate: its statements keep their order among that person's. */
    private static EventMessage<?> about(String person, long sequence) {
        return new GenericDomainEventMessage<>("Employee", person, sequence, "event " + sequence + " of " + person);
    }

    /** Runs {@code handler} for each event in one batch, as a processor does: one unit of work, one transaction. */
    private void batch(List<EventMessage<?>> events, Consumer<EventMessage<?>> handler) throws Exception {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(events);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.executeWithResult(() -> {
            handler.accept((EventMessage<?>) CurrentUnitOfWork.get().getMessage());
            return null;
        });
        if (unitOfWork.isRolledBack()) {
            throw new IllegalStateException("the batch rolled back", unitOfWork.getExecutionResult().getExceptionResult());
        }
    }

    private void upsert(String person, String title) {
        writes.sql(UPSERT).params(person, title, Timestamp.from(Instant.parse("2026-01-05T10:00:00Z"))).update();
    }

    private String titleOf(String person) {
        List<String> titles = jdbc.queryForList("SELECT job_title FROM career_capital_profile WHERE employee_id = ?",
                String.class, person);
        return titles.isEmpty() ? null : titles.get(0);
    }

    @Test
    void groupingTheSameStatementsNeverMovesOneAheadOfAnEarlierStatementOfTheSamePerson() throws Exception {
        // Sent in groups regardless of person, Ada's two upserts would go together and her retitle last: "second".
        List<EventMessage<?>> events = List.of(about(ada, 0), about(bo, 0), about(ada, 1), about(cy, 0),
                about(ada, 2));
        List<String> seenBeforeCommit = new ArrayList<>();
        batch(events, event -> {
            String person = ((GenericDomainEventMessage<?>) event).getAggregateIdentifier();
            long sequence = ((GenericDomainEventMessage<?>) event).getSequenceNumber();
            if (person.equals(ada) && sequence == 1) {
                writes.sql(RETITLE).params("second", ada).update();
            } else {
                upsert(person, sequence == 2 ? "third" : "first");
            }
            seenBeforeCommit.add(titleOf(person));
        });

        assertThat(seenBeforeCommit).as("nothing is sent before the batch commits").containsOnlyNulls();
        assertThat(titleOf(ada)).isEqualTo("third");
        assertThat(titleOf(bo)).isEqualTo("first");
        assertThat(titleOf(cy)).isEqualTo("first");
    }

    @Test
    void aFlushSendsWhatTheBatchKeptSoThatItsRowsCanBeRead() throws Exception {
        List<String> seen = new ArrayList<>();
        batch(List.of(about(ada, 0)), event -> {
            upsert(ada, "kept");
            writes.flush();
            seen.add(titleOf(ada));
            writes.sql(RETITLE).params("after the flush", ada).update();
        });

        assertThat(seen).containsExactly("kept");
        assertThat(titleOf(ada)).isEqualTo("after the flush");
    }

    @Test
    void aStatementThatFailsAtCommitRollsBackTheWholeBatch() {
        assertThatThrownBy(() -> batch(List.of(about(ada, 0), about(bo, 0)), event -> {
            String person = ((GenericDomainEventMessage<?>) event).getAggregateIdentifier();
            if (person.equals(bo)) {
                // job_title is NOT NULL: PostgreSQL refuses this only when the batch is sent.
                writes.sql(UPSERT).params(bo, null, Timestamp.from(Instant.now())).update();
            } else {
                upsert(ada, "first");
            }
        })).isInstanceOf(Exception.class);

        assertThat(jdbc.queryForList("SELECT employee_id FROM career_capital_profile WHERE employee_id IN (?, ?)",
                ada, bo)).as("no row of the failed batch").isEmpty();
    }

    @Test
    void outsideAUnitOfWorkAStatementRunsAtOnce() {
        upsert(ada, "at once");
        assertThat(titleOf(ada)).isEqualTo("at once");
    }
}
