package io.talentplatform.projections;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A group of one-row statements and its multi-row form leave the same rows, on every shape the form takes, with rows
 * that meet the same table row in one group; and the shapes whose rows could see each other's effects keep their
 * one-row form. Each comparison runs both ways from the same rows, in transactions rolled back.
 */
@ProjectionsTest
class MultiRowStatementTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String items = "mr_items_" + suffix;
    private final String people = "mr_people_" + suffix;

    @BeforeEach
    void tables() {
        jdbc.execute("CREATE TABLE " + people + " (person text PRIMARY KEY, manager text, employed boolean NOT NULL)");
        jdbc.execute("""
                CREATE TABLE %s (item text PRIMARY KEY, person text NOT NULL, kind text NOT NULL, about uuid,
                    due date, at timestamptz, n int NOT NULL DEFAULT 0, big bigint, resolved date, note text)"""
                .formatted(items));
        jdbc.update("INSERT INTO " + people + " VALUES ('P1', 'M1', true), ('P2', 'M2', true), ('P3', 'M3', false)");
        jdbc.update("INSERT INTO " + items + " (item, person, kind, n) VALUES ('i1', 'P1', 'DUE', 1), "
                + "('i2', 'P1', 'DUE', 2), ('i3', 'P1', 'PROMPT', 3), ('i4', 'P2', 'DUE', 4)");
    }

    @AfterEach
    void drop() {
        jdbc.execute("DROP TABLE " + items + ", " + people);
    }

    @Test
    void insertedValuesWithRepeatedKeysKeepTheFirstAsOneRowStatementsDo() {
        UUID about = UUID.randomUUID();
        // Nine digits, half a microsecond: the driver rounds a one-row statement's timestamp half up.
        Timestamp at = Timestamp.from(Instant.parse("2026-03-01T10:15:30.123456500Z"));
        String sql = "INSERT INTO " + items + " (item, person, kind, about, due, at, n, big, note) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, upper(?)) ON CONFLICT (item) DO NOTHING";
        assertSameRows(sql, 2, List.of(
                row("i9", "P1", "NEW", about, LocalDate.of(2026, 3, 4), at, 7, 1L << 40, "a \"quoted\", {braced} \\ note"),
                row("i1", "P1", "DUE", about, null, at, 8, 2L, "taken already"),
                row("i9", "P2", "AGAIN", null, LocalDate.of(2026, 3, 5), null, 9, null, null),
                row("i10", "P3", "NEW", about, null, at, 10, 3L, "NULL")));
    }

    @Test
    void anInsertSelectJoinsItsRowsToWhatItReads() {
        String sql = "INSERT INTO " + items + " (item, person, kind, note) "
                + "SELECT ?, p.person, ?, p.manager FROM " + people + " p WHERE p.person = ? AND p.employed "
                + "ON CONFLICT (item) DO NOTHING";
        assertSameRows(sql, 2, List.of(row("s1", "NEXT", "P1"), row("s2", "NEXT", "P3"), row("s1", "AGAIN", "P2"),
                row("s3", "NEXT", "P2"), row("s4", "NEXT", "P-nobody")));
    }

    @Test
    void anInsertSelectWithoutFromTakesItsRowsFromTheUnnest() {
        String sql = "INSERT INTO " + items + " (item, person, kind, due) SELECT ?, ?, 'QUARTERLY', ? "
                + "WHERE EXISTS (SELECT 1 FROM " + people + " p WHERE p.person = ? AND p.employed) "
                + "ON CONFLICT (item) DO NOTHING";
        assertSameRows(sql, 1, List.of(row("q1", "P1", LocalDate.of(2026, 1, 1), "P1"),
                row("q2", "P3", LocalDate.of(2026, 1, 2), "P3"), row("q3", "P2", null, "P2")));
    }

    @Test
    void updatesOfTheSameRowsGoInTurnAndSeeEachOther() {
        String sql = "UPDATE " + items + " SET n = n * 10 + ?, resolved = coalesce(resolved, ?) "
                + "WHERE note IS NULL AND person = ? AND kind = ?";
        assertSameRows(sql, 3, List.of(row(1, LocalDate.of(2026, 2, 1), "P1", "DUE"),
                row(2, LocalDate.of(2026, 2, 2), "P2", "DUE"), row(3, LocalDate.of(2026, 2, 3), "P1", "DUE"),
                row(4, null, "P1", "PROMPT"), row(5, LocalDate.of(2026, 2, 5), "P1", "DUE")));
    }

    @Test
    void aParameterNullInEveryRowGoesAsNull() {
        String sql = "UPDATE " + items + " i SET resolved = ?, note = ? WHERE i.item = ?";
        assertSameRows(sql, 1, List.of(row(null, "one", "i1"), row(null, "two", "i2"), row(null, null, "i4")));
    }

    @Test
    void statementsWhoseRowsCouldSeeEachOtherStayOneRowStatements() {
        assertThat(MultiRowStatement.of("INSERT INTO " + items + " (item, person, kind) SELECT ?, ?, 'X' "
                + "WHERE NOT EXISTS (SELECT 1 FROM " + items + " WHERE person = ?)")).as("reads its own table").isEmpty();
        assertThat(MultiRowStatement.of("UPDATE " + items + " SET n = ? WHERE person = ? OR kind = ?"))
                .as("an OR names rows no key equality bounds").isEmpty();
        assertThat(MultiRowStatement.of("UPDATE " + items + " SET n = ? WHERE resolved IS NULL"))
                .as("no key").isEmpty();
        assertThat(MultiRowStatement.of("INSERT INTO " + items + " (item, person, kind) VALUES (?, ?, ?) "
                + "ON CONFLICT (item) DO UPDATE SET n = ?")).as("a parameter the unnest cannot reach").isEmpty();
        assertThat(MultiRowStatement.of("INSERT INTO " + items + " (item, person, kind) VALUES (lower(?), ?, ?) "
                + "ON CONFLICT (item) DO NOTHING")).as("a conflict key computed from its parameter").isEmpty();
        assertThat(MultiRowStatement.of("INSERT INTO " + items + " (item, person, kind, n) SELECT ?, ?, ?, count(*) "
                + "FROM " + people)).as("an aggregate").isEmpty();
        assertThat(MultiRowStatement.of("UPDATE " + items + " SET n = ? WHERE item = ? RETURNING n"))
                .as("returning").isEmpty();
        assertThat(MultiRowStatement.of("INSERT INTO " + items + " (item, person, kind) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING")).as("a conflict without its columns").isEmpty();
        assertThat(MultiRowStatement.of("UPDATE " + items + " SET n = ? WHERE item = ?")
                .flatMap(form -> form.statements(List.<Object[]>of(row(1, "i1"), row(List.of(2), "i2")))))
                .as("a value no array type carries").isEmpty();
    }

    /**
     * Applies {@code rows} one statement each, then as the multi-row form, from the same rows each time; both leave
     * the same table, and the form took {@code statements} statements.
     */
    private void assertSameRows(String sql, int statements, List<Object[]> rows) {
        String oneByOne = afterwards(() -> rows.forEach(row -> jdbc.update(sql, row)));
        MultiRowStatement form = MultiRowStatement.of(sql).orElseThrow(() -> new AssertionError("not taken: " + sql));
        List<MultiRowStatement.Statement> together = form.statements(rows).orElseThrow();
        assertThat(together).as("statements").hasSize(statements);
        String multiRow = afterwards(() -> together.forEach(statement -> jdbc.update(statement.sql(),
                Arrays.stream(statement.arrays()).map(array -> new SqlParameterValue(Types.OTHER, array)).toArray())));
        assertThat(multiRow).as(together.get(0).sql()).isEqualTo(oneByOne);
        assertThat(oneByOne).as("the statements changed something").isNotEqualTo(afterwards(() -> { }));
    }

    private String afterwards(Runnable change) {
        return Optional.ofNullable(new TransactionTemplate(transactions).execute(status -> {
            change.run();
            String rows = jdbc.queryForObject("SELECT string_agg(t::text, E'\\n' ORDER BY item) FROM " + items + " t",
                    String.class);
            status.setRollbackOnly();
            return rows;
        })).orElseThrow();
    }

    private static Object[] row(Object... values) {
        return values;
    }
}
