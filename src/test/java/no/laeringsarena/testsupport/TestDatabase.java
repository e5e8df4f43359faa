package no.laeringsarena.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The integration tests' own look into the database the application uses (set up by {@link DatabaseSession}). */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("db.url"), System.getProperty("db.user"),
                System.getProperty("db.password"));
    }

    /** The single number a counting query answers, with its parameters bound in order. */
    public static long count(String sql, Object... args) throws SQLException {
        try (Connection db = connect(); PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
