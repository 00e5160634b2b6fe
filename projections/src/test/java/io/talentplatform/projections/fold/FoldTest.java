package io.talentplatform.projections.fold;

import io.talentplatform.projections.BatchedWrites;
import io.talentplatform.projections.ProjectionsTest;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The same keyed writes leave the same rows whether they run live, as SQL statements, or folded in memory and
 * written at checkpoints by COPY: inserts that meet a row, upserts of some columns, updates and deletes of rows
 * written at an earlier checkpoint, a row deleted and made again, the latest row below a bound, a value looked up in
 * another row, columns left to their defaults, and texts with every character COPY reserves.
 */
@ProjectionsTest
class FoldTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Folds folds;
    @Autowired
    BatchedWrites batchedWrites;
    @Autowired
    TransactionManager transactions;
    @Autowired
    TokenStore tokens;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final KeyedTable people = KeyedTable.of("fold_people_" + suffix, "person");
    private final KeyedTable gaps = KeyedTable.ordered("fold_gaps_" + suffix, "person", "decision_maker", "opened");
    private final KeyedTable notes = KeyedTable.of("fold_notes_" + suffix, "note").ownedBy("person");
    private KeyedWrites rows;

    @BeforeEach
    void tables() {
        jdbc.execute("""
                CREATE TABLE %s (person varchar(64) PRIMARY KEY, manager varchar(64), employed boolean NOT NULL
                    DEFAULT true, n smallint NOT NULL DEFAULT 0, note text, since date, at timestamptz, about uuid)"""
                .formatted(people.name()));
        jdbc.execute("""
                CREATE TABLE %s (person varchar(64), decision_maker varchar(64), opened bigint, opened_on date NOT NULL,
                    closed_on date, PRIMARY KEY (person, decision_maker, opened))""".formatted(gaps.name()));
        jdbc.execute("CREATE TABLE " + notes.name() + " (note uuid PRIMARY KEY, person varchar(64), text text, "
                + "extra text, tags text[] NOT NULL DEFAULT '{}')");
        rows = new KeyedWrites(batchedWrites, folds);
    }

    @AfterEach
    void drop() {
        jdbc.execute("DROP TABLE " + people.name() + ", " + gaps.name() + ", " + notes.name());
    }

    @Test
    void foldedWritesLeaveTheRowsTheirStatementsLeave() {
        UUID about = UUID.randomUUID();
        UUID[] note = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
        List<List<Consumer<KeyedWrites>>> between = List.of(
                List.of(
                        w -> w.insertIfAbsent(people, Columns.of("person", "P1", "manager", "M1",
                                "note", "tab\there\nnew line\r \\N \\ back \"quoted\" {braced}, ünïcödé",
                                // Nine digits, half a microsecond: rounded half up, as the driver rounds it.
                                "at", Timestamp.from(Instant.parse("2026-03-01T10:15:30.123456500Z")), "about", about)),
                        w -> w.insertIfAbsent(people, Columns.of("person", "P1", "manager", "M-ignored")),
                        w -> w.insertIfAbsent(people, Columns.of("person", "P2", "manager", "M2")),
                        w -> w.update(people, Columns.of("person", "P2"),
                                Columns.of("manager", "M9", "since", LocalDate.of(2026, 2, 28))),
                        w -> w.update(people, Columns.of("person", "P-nobody"), Columns.of("manager", "M1")),
                        w -> w.insertIfAbsent(gaps, Columns.of("person", "P1", "decision_maker", "D1", "opened", 3L,
                                "opened_on", LocalDate.of(2026, 1, 3))),
                        w -> w.insertIfAbsent(gaps, Columns.of("person", "P1", "decision_maker", "D1", "opened", 7L,
                                "opened_on", LocalDate.of(2026, 1, 7))),
                        w -> w.insertIfAbsent(notes, Columns.of("note", note[0], "person", "P1", "text", "one",
                                "extra", "kept?", "tags", Columns.Cast.of("{\"a\",\"b \\\"q\\\" \\\\ c\"}", "text[]"))),
                        w -> w.insertIfAbsent(notes, Columns.of("note", note[1], "person", "P1", "text", "two")),
                        w -> w.insertIfAbsent(notes, Columns.of("note", note[2], "person", "P2", "text", "three",
                                "extra", "x"))),
                List.of(
                        w -> w.upsert(people, Columns.of("person", "P1", "manager", "M2", "employed", false),
                                "manager"),
                        w -> w.upsert(people, Columns.of("person", "P3", "employed", false, "n", (short) 5), "n"),
                        w -> w.delete(people, Columns.of("person", "P2")),
                        w -> w.insertIfAbsent(gaps, Columns.of("person", "P1", "decision_maker", "D2", "opened", 5L,
                                "opened_on", LocalDate.of(2026, 1, 5))),
                        w -> w.updateLatestBelow(gaps, Columns.of("person", "P1", "decision_maker", "D1"), 7L,
                                Columns.of("closed_on", LocalDate.of(2026, 1, 6))),
                        w -> w.update(notes, Columns.of("note", note[2]), Columns.of("person", "P1")),
                        w -> w.updateOwnedBy(notes, "P1", Columns.of("text", "ERASED")),
                        w -> w.overwriteOwnedBy(notes, "P1", "ERASED", "extra"),
                        w -> w.updateOwnedBy(notes, "P2", Columns.of("text", "not P2's any more"))),
                List.of(
                        w -> w.insertIfAbsent(people, Columns.of("person", "P2", "manager", "M-again", "n", 2)),
                        w -> w.updateLatestBelow(gaps, Columns.of("person", "P1", "decision_maker", "D1"), 100L,
                                Columns.of("closed_on", LocalDate.of(2026, 1, 9))),
                        w -> w.updateLatestBelow(gaps, Columns.of("person", "P1", "decision_maker", "D3"), 100L,
                                Columns.of("closed_on", LocalDate.of(2026, 1, 9))),
                        w -> w.updateLatestBelow(gaps, Columns.of("person", "P1", "decision_maker", "D2"), 5L,
                                Columns.of("closed_on", LocalDate.of(2026, 1, 9))),
                        w -> w.insertIfAbsent(people, Columns.of("person", "P4",
                                "manager", Columns.Lookup.of(people, "manager", "P1"))),
                        w -> w.insertIfAbsent(people, Columns.of("person", "P5",
                                "manager", Columns.Lookup.of(people, "manager", "P-nobody"))),
                        w -> w.update(people, Columns.of("person", "P1"), Columns.of("note", null, "n", 3))));

        between.forEach(writes -> writes.forEach(write -> write.accept(rows)));
        Map<String, List<Map<String, Object>>> live = rows();
        assertThat(live.get(people.name())).hasSize(5);
        assertThat(live.get(gaps.name())).hasSize(3);
        assertThat(live.get(notes.name())).extracting(row -> row.get("text")).containsOnly("ERASED");
        assertThat(live.get(notes.name())).extracting(row -> row.get("extra")).containsOnly("ERASED", null);

        jdbc.execute("TRUNCATE " + people.name() + ", " + gaps.name() + ", " + notes.name());
        String processor = "fold-test-" + suffix;
        Fold fold = folds.begin(processor, new int[]{0}, List.of(people.name(), gaps.name(), notes.name()), transactions,
                tokens);
        try {
            long written = 0;
            for (List<Consumer<KeyedWrites>> writes : between) {
                writes.forEach(write -> write.accept(rows));
                written += fold.checkpoint();
            }
            assertThat(rows()).isEqualTo(live);
            // Each checkpoint wrote the rows changed since the one before, not every row each time.
            assertThat(written).isEqualTo(4 + 3 + 4 + 3 + 5);
            assertThatThrownBy(() -> batchedWrites.sql("UPDATE " + people.name() + " SET n = 1").update())
                    .as("raw SQL on a folded table").isInstanceOf(IllegalStateException.class);

            transactions.executeInTransaction(() -> {
                tokens.initializeTokenSegments(processor, 1);
                tokens.fetchToken(processor, 0); // claimed, as the rebuild claims every segment
            });
            fold.applied(new int[]{0}, new GlobalSequenceTrackingToken(42));
            rows.update(people, Columns.of("person", "P3"), Columns.of("manager", "M3"));
            assertThat(fold.checkpoint()).isEqualTo(1);
            assertThat(transactions.fetchInTransaction(() -> tokens.fetchToken(processor, 0)))
                    .as("the token moved with the rows").isEqualTo(new GlobalSequenceTrackingToken(42));

            // Between checkpoints the pass renews its claims, so no other process takes the segment meanwhile.
            jdbc.update("UPDATE tokenentry SET timestamp = '2000-01-01T00:00:00Z' WHERE processorname = ?", processor);
            fold.extendClaims();
            assertThat(jdbc.queryForObject("SELECT timestamp FROM tokenentry WHERE processorname = ?", String.class,
                    processor)).as("the claim renewed").doesNotStartWith("2000");
        } finally {
            folds.end(fold);
        }
        batchedWrites.sql("UPDATE " + people.name() + " SET n = 1").update();
    }

    @Test
    void aFoldedLookupOfAColumnLeftToItsDefaultIsRefusedRatherThanGuessed() {
        Fold fold = folds.begin("fold-test-" + suffix, new int[]{0}, List.of(people.name()), transactions, tokens);
        try {
            rows.insertIfAbsent(people, Columns.of("person", "P1"));
            assertThatThrownBy(() -> rows.insertIfAbsent(people, Columns.of("person", "P2",
                    "manager", Columns.Lookup.of(people, "employed", "P1"))))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("never set");
        } finally {
            folds.end(fold);
        }
    }

    @Test
    void aBatchThatFailedIsNeverWritten() {
        Fold fold = folds.begin("fold-test-" + suffix, new int[]{0}, List.of(people.name()), transactions, tokens);
        try {
            rows.insertIfAbsent(people, Columns.of("person", "P1"));
            fold.fail();
            assertThat(fold.checkpoint()).isZero();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM " + people.name(), Long.class)).isZero();
        } finally {
            folds.end(fold);
        }
    }

    private Map<String, List<Map<String, Object>>> rows() {
        return Map.of(
                notes.name(), jdbc.queryForList("SELECT note, person, text, extra, tags::text FROM " + notes.name()
                        + " ORDER BY text, note"),
                people.name(), jdbc.queryForList("SELECT * FROM " + people.name() + " ORDER BY person"),
                gaps.name(), jdbc.queryForList("SELECT * FROM " + gaps.name()
                        + " ORDER BY person, decision_maker, opened"));
    }
}
