package no.laeringsarena.privacy;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

/** Writes result rows as JSON objects, one at a time: column names as keys, values in their JSON type. */
final class JsonRows {

    private JsonRows() {
    }

    /** Writes every remaining row of the result set as an object into the array the generator is in. */
    static long writeAll(ResultSet rows, JsonGenerator json) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        long count = 0;
        while (rows.next()) {
            json.writeStartObject();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                writeValue(rows, meta, c, json);
            }
            json.writeEnd();
            count++;
        }
        return count;
    }

    private static void writeValue(ResultSet rows, ResultSetMetaData meta, int c, JsonGenerator json) throws SQLException {
        String name = meta.getColumnLabel(c);
        Object raw = rows.getObject(c);
        if (raw == null) {
            json.writeNull(name);
            return;
        }
        String typeName = meta.getColumnTypeName(c).toLowerCase(Locale.ROOT);
        switch (meta.getColumnType(c)) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT -> json.write(name, rows.getLong(c));
            case Types.NUMERIC, Types.DECIMAL -> json.write(name, rows.getBigDecimal(c));
            case Types.BOOLEAN, Types.BIT -> json.write(name, rows.getBoolean(c));
            case Types.DATE -> json.write(name, rows.getObject(c, LocalDate.class).toString());
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
                    json.write(name, rows.getObject(c, OffsetDateTime.class).toString());
            default -> {
                if (typeName.equals("jsonb") || typeName.equals("json")) {
                    try (var reader = Json.createReader(new StringReader(rows.getString(c)))) {
                        json.write(name, reader.readValue());
                    }
                } else {
                    json.write(name, rows.getString(c));
                }
            }
        }
    }
}
