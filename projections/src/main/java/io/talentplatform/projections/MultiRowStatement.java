package io.talentplatform.projections;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A handler's one-row statement, taken for many rows at once: {@code INSERT … VALUES (…)} and {@code INSERT … SELECT}
 * become one {@code INSERT … SELECT … FROM unnest(…)}, and {@code UPDATE … WHERE key = ?} one
 * {@code UPDATE … FROM unnest(…)}. PostgreSQL then starts one statement for a group of rows instead of one for each
 * (docs/decisions/030-multi-row-statements.md).
 *
 * <p>The rows of one statement must give what the one-row statements gave in order. So a statement is only taken
 * when that holds for every group:
 * <ul>
 *   <li>it writes one table and reads it nowhere else (a one-row statement's effect is never another's input; the
 *   functions the read models call read no table);</li>
 *   <li>an update names its rows by equalities with parameters ({@code person = ? AND kind = ?}, no OR), and an insert
 *   that may conflict names its conflict columns, each given by a parameter: rows with the same values of those go
 *   into separate statements, in their order, so two rows of one statement never meet the same table row;</li>
 *   <li>an insert's select has no aggregate, grouping, ordering, limit or set operation (one row in, at most one
 *   row out);</li>
 *   <li>no parameter sits where the unnested rows cannot be seen (an {@code ON CONFLICT … DO UPDATE} clause), and
 *   every parameter has a type PostgreSQL arrays carry.</li>
 * </ul>
 * Anything else goes as it was written. MultiRowStatementTest compares both ways on every shape.
 */
final class MultiRowStatement {

    /** The unnested rows' alias, and the prefix of their columns: names no read model's table uses. */
    private static final String ROW = "batch_row";
    private static final int MAX_ROWS = 1000;
    private static final Pattern INSERT = Pattern.compile(
            "^\\s*INSERT\\s+INTO\\s+(\\w+)(?:\\s+AS\\s+(\\w+))?\\s*\\(", Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATE = Pattern.compile(
            "^\\s*UPDATE\\s+(\\w+)(?:\\s+(?:AS\\s+)?(?!SET\\b)(\\w+))?\\s+SET\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_ONE_ROW_IN_ONE_OUT = Pattern.compile(
            "\\b(GROUP\\s+BY|HAVING|UNION|INTERSECT|EXCEPT|LIMIT|OFFSET|ORDER\\s+BY|DISTINCT|WINDOW|RETURNING|"
                    + "count|sum|min|max|avg|array_agg|string_agg|bool_and|bool_or|every|json_agg|jsonb_agg)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONFLICT = Pattern.compile(
            "^\\s*ON\\s+CONFLICT\\s*\\(([^)]*)\\)\\s*DO\\s+(NOTHING|UPDATE)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern KEY_EQUALITY = Pattern.compile("^\\s*(?:(\\w+)\\.)?(\\w+)\\s*=\\s*\\?\\s*$");
    private static final Pattern ON_CONFLICT = Pattern.compile("\\bON\\s+CONFLICT\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM = Pattern.compile("\\bFROM\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHERE = Pattern.compile("\\bWHERE\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AND = Pattern.compile("\\bAND\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM_OR_RETURNING = Pattern.compile("\\b(FROM|RETURNING)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OR_OR_BETWEEN = Pattern.compile("\\b(OR|BETWEEN)\\b", Pattern.CASE_INSENSITIVE);
    /** Marks where the unnested rows go in the statement's text; no statement contains it. */
    private static final String ROWS_GO_HERE = "\0";
    /** The rows end a select that had no FROM list, or precede an update's WHERE. */
    private static final String OWN_FROM = " FROM %s ";
    /** The rows come first in a select's own FROM list, joined to what follows. */
    private static final String FIRST_IN_FROM = " %s CROSS JOIN ";

    /** The statement's text cut at its parameters: {@code parts.size()} is one more than the parameters. */
    private final List<String> parts;
    /** What stands at {@link #ROWS_GO_HERE}, {@code %s} being the unnested rows. */
    private final String join;
    /** The parameters whose values name the rows a statement meets (update) or may conflict on (insert). */
    private final int[] keys;

    private MultiRowStatement(String sql, int joinAt, String join, int[] keys) {
        this.parts = Scan.of(sql.substring(0, joinAt) + ROWS_GO_HERE + sql.substring(joinAt)).parts();
        this.join = join;
        this.keys = keys;
    }

    /** The statement taken for many rows, or empty if its rows could not go together safely. */
    static Optional<MultiRowStatement> of(String sql) {
        Scan scan = Scan.of(sql);
        if (scan == null) {
            return Optional.empty();
        }
        Matcher insert = INSERT.matcher(scan.top);
        if (insert.find()) {
            return insert(sql, scan, insert);
        }
        Matcher update = UPDATE.matcher(scan.top);
        if (update.find()) {
            return update(sql, scan, update);
        }
        return Optional.empty();
    }

    private static Optional<MultiRowStatement> insert(String sql, Scan scan, Matcher insert) {
        String table = insert.group(1);
        if (!readsOnlyItself(sql, scan, table)) {
            return Optional.empty();
        }
        int columnsOpen = insert.end() - 1;
        int columnsClose = scan.close(columnsOpen);
        List<String> columns = Arrays.stream(sql.substring(columnsOpen + 1, columnsClose).split(","))
                .map(column -> column.trim().toLowerCase(Locale.ROOT)).toList();
        String after = scan.top.substring(columnsClose + 1);
        int bodyAt = columnsClose + 1 + (after.length() - after.stripLeading().length());
        String body = scan.top.substring(bodyAt).toUpperCase(Locale.ROOT);
        List<Scan.Value> values;
        int conflictAt;
        String rewritten;
        int joinAt;
        String join;
        if (body.startsWith("VALUES")) {
            int open = scan.top.indexOf('(', bodyAt);
            int close = scan.close(open);
            if (open < 0 || !scan.top.substring(bodyAt + "VALUES".length(), open).isBlank()) {
                return Optional.empty();
            }
            values = scan.split(open + 1, close);
            conflictAt = close + 1;
            String rest = scan.top.substring(conflictAt);
            if (!rest.isBlank() && !rest.stripLeading().toUpperCase(Locale.ROOT).startsWith("ON CONFLICT")) {
                return Optional.empty();
            }
            // INSERT … (columns) SELECT e1, e2 FROM rows ON CONFLICT …: the VALUES keyword and parentheses go.
            rewritten = sql.substring(0, bodyAt) + "SELECT " + sql.substring(open + 1, close) + " " + sql.substring(conflictAt);
            joinAt = bodyAt + "SELECT ".length() + (close - open - 1);
            join = OWN_FROM;
        } else if (body.startsWith("SELECT")) {
            Matcher conflict = ON_CONFLICT.matcher(scan.top);
            conflictAt = conflict.find(bodyAt) ? conflict.start() : sql.length();
            if (NOT_ONE_ROW_IN_ONE_OUT.matcher(scan.top.substring(bodyAt, conflictAt)).find()) {
                return Optional.empty();
            }
            int selectEnd = bodyAt + "SELECT".length();
            Matcher from = FROM.matcher(scan.top);
            Matcher where = WHERE.matcher(scan.top);
            int listEnd;
            if (from.find(selectEnd) && from.start() < conflictAt) {
                listEnd = from.start();
                joinAt = from.end();
                join = FIRST_IN_FROM;
            } else {
                listEnd = where.find(selectEnd) && where.start() < conflictAt ? where.start() : conflictAt;
                joinAt = listEnd;
                join = OWN_FROM;
            }
            values = scan.split(selectEnd, listEnd);
            rewritten = sql;
        } else {
            return Optional.empty();
        }
        if (values.size() != columns.size() || scan.placeholdersIn(conflictAt, sql.length()) > 0) {
            return Optional.empty();
        }
        int[] keys = new int[0];
        String conflictClause = sql.substring(conflictAt);
        if (!conflictClause.isBlank()) {
            Matcher conflict = CONFLICT.matcher(conflictClause);
            if (!conflict.find()) {
                return Optional.empty();
            }
            List<String> conflictColumns = Arrays.stream(conflict.group(1).split(","))
                    .map(column -> column.trim().toLowerCase(Locale.ROOT)).toList();
            keys = new int[conflictColumns.size()];
            for (int i = 0; i < keys.length; i++) {
                int column = columns.indexOf(conflictColumns.get(i));
                if (column < 0 || !values.get(column).text().strip().equals("?")) {
                    return Optional.empty();
                }
                keys[i] = scan.placeholderAt(values.get(column).start());
            }
        }
        // The rewritten text keeps the parameters in their order (VALUES lost only its keyword and parentheses).
        return Optional.of(new MultiRowStatement(rewritten, joinAt, join, keys));
    }

    private static Optional<MultiRowStatement> update(String sql, Scan scan, Matcher update) {
        String table = update.group(1);
        String alias = update.group(2);
        if (!readsOnlyItself(sql, scan, table)) {
            return Optional.empty();
        }
        Matcher where = WHERE.matcher(scan.top);
        if (!where.find(update.end()) || FROM_OR_RETURNING.matcher(scan.top).find(update.end())
                || OR_OR_BETWEEN.matcher(scan.top.substring(where.end())).find()) {
            return Optional.empty();
        }
        List<Integer> keys = new ArrayList<>();
        Matcher and = AND.matcher(scan.top);
        int start = where.end();
        while (true) {
            boolean more = and.find(start);
            int end = more ? and.start() : sql.length();
            Matcher key = KEY_EQUALITY.matcher(sql.substring(start, end));
            if (key.find() && (key.group(1) == null || key.group(1).equalsIgnoreCase(table)
                    || key.group(1).equalsIgnoreCase(alias))) {
                keys.add(scan.placeholderAt(sql.indexOf('?', start)));
            }
            if (!more) {
                break;
            }
            start = and.end();
        }
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MultiRowStatement(sql, where.start(), OWN_FROM,
                keys.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The table written appears once: no subquery reads it, so no row's statement reads another's effect. */
    private static boolean readsOnlyItself(String sql, Scan scan, String table) {
        Matcher named = Pattern.compile("\\b" + Pattern.quote(table) + "\\b", Pattern.CASE_INSENSITIVE)
                .matcher(scan.unquoted);
        int count = 0;
        while (named.find()) {
            count++;
        }
        return count == 1;
    }

    /**
     * The rows cut into statements: in order, each as long as it can be without two rows of the same key, and at
     * most {@value #MAX_ROWS} rows. Empty if a parameter's values have no single array type.
     */
    Optional<List<Statement>> statements(List<Object[]> rows) {
        int parameters = parts.size() - 1;
        String[] types = new String[parameters];
        for (int p = 0; p < parameters; p++) {
            for (Object[] row : rows) {
                if (row.length != parameters) {
                    return Optional.empty();
                }
                String type = row[p] == null ? null : type(row[p]);
                if (row[p] != null && (type == null || (types[p] != null && !types[p].equals(type)))) {
                    return Optional.empty();
                }
                if (type != null) {
                    types[p] = type;
                }
            }
        }
        if (Arrays.stream(types).allMatch(type -> type == null)) {
            return Optional.empty();
        }
        String sql = sql(types);
        List<Statement> statements = new ArrayList<>();
        List<Object[]> chunk = new ArrayList<>();
        Set<List<Object>> keysSeen = new HashSet<>();
        for (Object[] row : rows) {
            List<Object> key = new ArrayList<>(keys.length);
            for (int k : keys) {
                key.add(row[k]);
            }
            if (chunk.size() == MAX_ROWS || (keys.length > 0 && !keysSeen.add(key))) {
                statements.add(new Statement(sql, arrays(types, chunk)));
                chunk = new ArrayList<>();
                keysSeen.clear();
                keysSeen.add(key);
            }
            chunk.add(row);
        }
        statements.add(new Statement(sql, arrays(types, chunk)));
        return Optional.of(statements);
    }

    /** One multi-row statement: its text and its parameters, an array literal for each parameter with a type. */
    record Statement(String sql, String[] arrays) {
    }

    /** The statement's text for parameters of these types. */
    private String sql(String[] types) {
        StringBuilder unnest = new StringBuilder("unnest(");
        StringBuilder columns = new StringBuilder();
        for (int p = 0; p < types.length; p++) {
            if (types[p] != null) {
                unnest.append(columns.isEmpty() ? "" : ", ").append("?::").append(types[p]).append("[]");
                columns.append(columns.isEmpty() ? "" : ", ").append(ROW).append("_").append(p + 1);
            }
        }
        String rows = unnest.append(") AS ").append(ROW).append("(").append(columns).append(")").toString();
        StringBuilder sql = new StringBuilder(parts.get(0));
        for (int p = 0; p < types.length; p++) {
            sql.append(types[p] == null ? "NULL" : ROW + "." + ROW + "_" + (p + 1)).append(parts.get(p + 1));
        }
        return sql.toString().replace(ROWS_GO_HERE, join.formatted(rows));
    }

    private static String[] arrays(String[] types, List<Object[]> rows) {
        List<String> arrays = new ArrayList<>();
        for (int p = 0; p < types.length; p++) {
            if (types[p] == null) {
                continue;
            }
            StringBuilder literal = new StringBuilder("{");
            for (int r = 0; r < rows.size(); r++) {
                if (r > 0) {
                    literal.append(',');
                }
                Object value = rows.get(r)[p];
                if (value == null) {
                    literal.append("NULL");
                } else {
                    literal.append('"');
                    String text = ParameterText.of(value);
                    for (int i = 0; i < text.length(); i++) {
                        char c = text.charAt(i);
                        if (c == '"' || c == '\\') {
                            literal.append('\\');
                        }
                        literal.append(c);
                    }
                    literal.append('"');
                }
            }
            arrays.add(literal.append('}').toString());
        }
        return arrays.toArray(String[]::new);
    }

    /** The array type of a parameter's value, or null if it has none here. */
    private static String type(Object value) {
        if (value instanceof String) {
            return "text";
        } else if (value instanceof UUID) {
            return "uuid";
        } else if (value instanceof LocalDate) {
            return "date";
        } else if (value instanceof Timestamp || value instanceof Instant || value instanceof OffsetDateTime) {
            return "timestamptz";
        } else if (value instanceof Integer || value instanceof Short) {
            return "int4";
        } else if (value instanceof Long) {
            return "int8";
        } else if (value instanceof Boolean) {
            return "bool";
        } else if (value instanceof Double || value instanceof Float) {
            return "float8";
        } else if (value instanceof BigDecimal) {
            return "numeric";
        }
        return null;
    }

    /**
     * The statement's text as its parts at depth zero: {@code top} is the text with string literals, quoted names and
     * everything inside parentheses blanked, {@code unquoted} with only literals and quoted names blanked.
     */
    private static final class Scan {

        private final String sql;
        private final String top;
        private final String unquoted;
        private final int[] closes;
        private final List<Integer> placeholders = new ArrayList<>();
        /** An expression of a list, and where it starts in the text. */
        record Value(String text, int start) {
        }

        private Scan(String sql, String top, String unquoted, int[] closes) {
            this.sql = sql;
            this.top = top;
            this.unquoted = unquoted;
            this.closes = closes;
        }

        /** Null for text this scanner does not read with certainty (comments, dollar quotes, escaped '?'). */
        static Scan of(String sql) {
            if (sql.contains("--") || sql.contains("/*") || sql.contains("$") || sql.contains("??")) {
                return null;
            }
            char[] top = sql.toCharArray();
            char[] unquoted = sql.toCharArray();
            int[] closes = new int[sql.length()];
            Arrays.fill(closes, -1);
            ArrayList<Integer> opens = new ArrayList<>();
            List<Integer> placeholders = new ArrayList<>();
            char quote = 0;
            for (int i = 0; i < sql.length(); i++) {
                char c = sql.charAt(i);
                if (quote != 0) {
                    top[i] = ' ';
                    unquoted[i] = ' ';
                    if (c == quote) {
                        quote = 0;
                    }
                    continue;
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                    top[i] = ' ';
                    unquoted[i] = ' ';
                } else if (c == '(') {
                    if (!opens.isEmpty()) {
                        top[i] = ' ';
                    }
                    opens.add(i);
                } else if (c == ')') {
                    if (opens.isEmpty()) {
                        return null;
                    }
                    closes[opens.remove(opens.size() - 1)] = i;
                    if (!opens.isEmpty()) {
                        top[i] = ' ';
                    }
                } else {
                    if (c == '?') {
                        placeholders.add(i);
                    }
                    if (!opens.isEmpty()) {
                        top[i] = ' ';
                    }
                }
            }
            if (quote != 0 || !opens.isEmpty()) {
                return null;
            }
            Scan scan = new Scan(sql, new String(top), new String(unquoted), closes);
            scan.placeholders.addAll(placeholders);
            return scan;
        }

        int close(int open) {
            return open < 0 ? -1 : closes[open];
        }

        /** The expressions between {@code from} and {@code to}, split at the commas of the depth there. */
        List<Value> split(int from, int to) {
            int depth = 0;
            List<Value> values = new ArrayList<>();
            int start = from;
            for (int i = from; i < to; i++) {
                char c = unquoted.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    values.add(new Value(sql.substring(start, i), start));
                    start = i + 1;
                }
            }
            values.add(new Value(sql.substring(start, to), start));
            return values;
        }

        /** The number of the first parameter at or after {@code at}. */
        int placeholderAt(int at) {
            for (int p = 0; p < placeholders.size(); p++) {
                if (placeholders.get(p) >= at) {
                    return p;
                }
            }
            throw new IllegalArgumentException("no parameter after " + at);
        }

        int placeholdersIn(int from, int to) {
            return (int) placeholders.stream().filter(at -> at >= from && at < to).count();
        }

        /** The text between the parameters. */
        List<String> parts() {
            List<String> parts = new ArrayList<>();
            int start = 0;
            for (int at : placeholders) {
                parts.add(sql.substring(start, at));
                start = at + 1;
            }
            parts.add(sql.substring(start));
            return parts;
        }
    }
}
