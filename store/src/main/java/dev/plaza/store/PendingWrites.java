package dev.plaza.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/**
 * Statements whose effects nothing reads before they are flushed, sent to PostgreSQL together: the
 * driver sends the statements of one prepared statement one after another and waits once. An ingest
 * writes a dozen tables once its ids are known; on a busy machine every round trip is two waits for
 * the scheduler (the server's turn, then the caller's), and those waits, not the statements, were most
 * of a listener's transaction. The statements run in the order they were added, each seeing the
 * ones before, and fail together with the transaction.
 */
final class PendingWrites {

    /** A named parameter ({@code :name}), not a cast ({@code ::type}). */
    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([A-Za-z_]\\w*)");

    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> arguments = new LinkedHashMap<>();
    private int statements;

    /** Adds a statement; its parameters are named in {@code sql} and bound from {@code values}. */
    void add(String statement, Map<String, ?> values) {
        String prefix = "s" + statements + "_";
        Matcher names = PARAMETER.matcher(statement);
        StringBuilder renamed = new StringBuilder(statement.length() + 32);
        while (names.find()) {
            String name = names.group(1);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no value for :%s in %s".formatted(name, statement));
            }
            names.appendReplacement(renamed, ":" + prefix + name);
        }
        names.appendTail(renamed);
        values.forEach((name, value) -> arguments.put(prefix + name, value));
        sql.append(statements == 0 ? "" : ";\n").append(renamed);
        statements++;
    }

    /**
     * Adds a statement that joins rows found by index with an {@code unnest} of the batch's values, and has it
     * joined by hash. Planned once for batches of any size, the statement takes the unnest for ten rows, and
     * the planner then joins by nested loop: every row found compared with every value, 50,000 comparisons
     * for a batch that renames 400 accounts, most of the statement's time.
     */
    void addJoinedByHash(String statement, Map<String, ?> values) {
        add("SET LOCAL enable_nestloop = off", Map.of());
        add(statement, values);
        add("SET LOCAL enable_nestloop TO DEFAULT", Map.of());
    }

    boolean isEmpty() {
        return statements == 0;
    }

    /** Runs what was added, in one round trip, and forgets it. */
    void flush(Handle handle) {
        if (statements == 0) {
            return;
        }
        try {
            handle.createUpdate(sql.toString()).bindMap(arguments).execute();
        } finally {
            sql.setLength(0);
            arguments.clear();
            statements = 0;
        }
    }
}
