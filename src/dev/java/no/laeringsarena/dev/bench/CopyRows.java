package no.laeringsarena.dev.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.postgresql.PGConnection;

/**
 * Rows for PostgreSQL's COPY ... FROM STDIN (text format): values tab-separated, \N for null, backslash, tab and
 * line breaks escaped. One instance per table and chunk; {@link #send} streams them in one round trip.
 */
final class CopyRows {

    private final String table;
    private final String columns;
    private final StringBuilder rows = new StringBuilder(1 << 16);
    private boolean rowStarted;
    private int count;

    CopyRows(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    CopyRows add(Object value) {
        if (rowStarted) {
            rows.append('\t');
        }
        rowStarted = true;
        if (value == null) {
            rows.append("\\N");
        } else {
            escape(value instanceof OffsetDateTime time ? time.toString() : value.toString(), rows);
        }
        return this;
    }

    void endRow() {
        rows.append('\n');
        rowStarted = false;
        count++;
    }

    int count() {
        return count;
    }

    long send(Connection connection) throws SQLException, IOException {
        if (count == 0) {
            return 0;
        }
        return connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN", new StringReader(rows.toString()));
    }

    static void escape(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
