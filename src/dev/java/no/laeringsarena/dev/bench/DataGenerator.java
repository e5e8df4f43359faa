package no.laeringsarena.dev.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.laeringsarena.dev.EmbeddedDatabase;
import no.laeringsarena.identity.PasswordHasher;
import org.flywaydb.core.Flyway;

/**
 * Fills a database with a large, realistic data set for the benchmarks in bench/ (issue 11): 100,000 users in 400
 * organisations, 2,000 courses with modules and lessons, 200,000 enrolments with lesson progress, 1,000,000 xAPI
 * statements in the LRS's own tables and shape, 10,000 toolbox items with 500 attachments, and 100,000 forum posts in
 * 10,000 threads; times {@code --scale}.
 *
 * <p>Run {@code ./mvnw -Pbench-data -Dbench.args="--scale 0.01"} (see bench/README.md). Without DB_URL it uses the
 * dev run's embedded database in .laeringsarena/ (the dev server must not be running). Deterministic: the same
 * seed and scale give the same rows. Resumable: each stage commits a chunk together with its progress in
 * {@code bench.generator_progress}; a rerun continues after the last committed chunk. Rows are streamed with COPY,
 * not JPA. The search index is derived data: rebuild it afterwards with the application's reindex (bench/reindex.sh).
 */
public final class DataGenerator {

    public static void main(String[] args) throws Exception {
        double scale = 1.0;
        long seed = 2026;
        String baseUrl = "http://localhost:8080";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scale = Double.parseDouble(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--base-url" -> baseUrl = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (use --scale 0.01, --seed 2026, --base-url http://localhost:8080)");
            }
        }
        if (!(scale > 0 && scale <= 10)) {
            throw new IllegalArgumentException("--scale must be above 0 and at most 10");
        }
        String dbUrl = System.getenv("DB_URL");
        EmbeddedDatabase embedded = null;
        String user = "postgres";
        String password = EmbeddedDatabase.PASSWORD;
        if (dbUrl == null || dbUrl.isBlank()) {
            Path dataDir = Path.of(System.getProperty("dev.dataDir", ".laeringsarena")).toAbsolutePath();
            System.out.println("Starting the dev run's embedded PostgreSQL in " + dataDir.resolve("pgdata"));
            // any free port: the data directory is the dev run's, the port need not be (so no clash with a running server)
            embedded = EmbeddedDatabase.start(dataDir.resolve("pgdata"), freePort(), true);
            dbUrl = embedded.jdbcUrl();
        } else {
            user = System.getenv().getOrDefault("DB_USER", "postgres");
            password = System.getenv().getOrDefault("DB_PASSWORD", "");
        }
        try (Connection connection = DriverManager.getConnection(dbUrl, user, password)) {
            new DataGenerator(connection, new Plan(scale, seed), baseUrl).run(dbUrl, user, password, scale);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private final Connection connection;
    private final Plan plan;
    private final String baseUrl;

    private DataGenerator(Connection connection, Plan plan, String baseUrl) {
        this.connection = connection;
        this.plan = plan;
        this.baseUrl = baseUrl;
    }

    private void run(String dbUrl, String user, String password, double scale) throws Exception {
        long started = System.nanoTime();
        Flyway.configure(DataGenerator.class.getClassLoader()).dataSource(dbUrl, user, password)
                .locations("classpath:db/migration").failOnMissingLocations(true).load().migrate();
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS bench");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS bench.generator_progress (
                        stage TEXT PRIMARY KEY, done BIGINT NOT NULL, total BIGINT NOT NULL,
                        scale DOUBLE PRECISION NOT NULL, seed BIGINT NOT NULL, updated_at TIMESTAMPTZ NOT NULL)""");
        }
        checkSameRun(scale);
        System.out.printf(Locale.ROOT, "Generating at scale %s (seed %d): %,d organisations, %,d users, %,d courses, "
                        + "%,d enrolments, %,d xAPI statements, %,d toolbox items (%,d attachments), %,d threads with "
                        + "%,d replies%n", scale, plan.seed, plan.organisations, plan.users, plan.courses,
                plan.enrolments, plan.statements(), plan.toolboxItems, plan.attachments, plan.threads, plan.replies);
        String passwordHash = new PasswordHasher().hash(no.laeringsarena.identity.DemoData.PASSWORD.toCharArray());
        Stages stages = new Stages(plan, baseUrl, passwordHash, sectorIds(), forumCategoryIds());
        for (Stages.Stage stage : stages.all()) {
            runStage(stage, scale);
        }
        try (Statement s = connection.createStatement()) {
            s.execute("ANALYZE");
        }
        System.out.printf(Locale.ROOT, "Done in %.1f s. Now start the dev run (./mvnw -Pdev) and rebuild the search "
                + "index: bench/reindex.sh%n", (System.nanoTime() - started) / 1e9);
    }

    /** A rerun must use the scale and seed the data was started with, or resuming would mix two data sets. */
    private void checkSameRun(double scale) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT scale, seed FROM bench.generator_progress LIMIT 1")) {
            if (rs.next() && (rs.getDouble(1) != scale || rs.getLong(2) != plan.seed)) {
                throw new IllegalStateException("this database was generated with --scale " + rs.getDouble(1)
                        + " --seed " + rs.getLong(2) + "; use those to resume, or start from an empty database");
            }
        }
    }

    private void runStage(Stages.Stage stage, double scale) throws Exception {
        long done = 0;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT done FROM bench.generator_progress WHERE stage = ?")) {
            select.setString(1, stage.name());
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    done = rs.getLong(1);
                }
            }
        }
        ProgressBar bar = new ProgressBar(stage.name(), stage.total(), done);
        if (done >= stage.total()) {
            bar.finish();
            return;
        }
        connection.setAutoCommit(false);
        try {
            while (done < stage.total()) {
                long to = Math.min(stage.total(), done + stage.chunk());
                stage.write(connection, (int) done, (int) to);
                try (PreparedStatement progress = connection.prepareStatement("""
                        INSERT INTO bench.generator_progress (stage, done, total, scale, seed, updated_at)
                        VALUES (?, ?, ?, ?, ?, now())
                        ON CONFLICT (stage) DO UPDATE SET done = EXCLUDED.done, updated_at = now()""")) {
                    progress.setString(1, stage.name());
                    progress.setLong(2, to);
                    progress.setLong(3, stage.total());
                    progress.setDouble(4, scale);
                    progress.setLong(5, plan.seed);
                    progress.executeUpdate();
                }
                connection.commit();
                done = to;
                bar.update(done);
            }
            stage.finish(connection);
            connection.commit();
        } catch (Exception e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        bar.finish();
    }

    private List<Long> sectorIds() throws SQLException {
        return ids("SELECT id FROM taxonomy_term WHERE kind = 'SECTOR' ORDER BY id");
    }

    /** The open, non-idea forum categories of the seed content; generated ones when the seed is not imported yet. */
    private List<Long> forumCategoryIds() throws SQLException {
        List<Long> ids = ids("SELECT id FROM forum_category WHERE NOT closed AND NOT idea_category ORDER BY id");
        if (!ids.isEmpty()) {
            return ids;
        }
        String[] names = {"Kommunesammenslåing – erfaringer", "Anskaffelser og avtaler", "IKT-infrastruktur og migrering",
                "Arkiv og dokumenthåndtering", "Helse og velferd"};
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO forum_category (id, category_key, name_nb, description_md, sort_order)
                VALUES (?, ?, ?, '', ?) ON CONFLICT (category_key) DO NOTHING""")) {
            for (int i = 0; i < names.length; i++) {
                insert.setLong(1, Plan.BASE + i);
                insert.setString(2, "generert-" + Vocabulary.slug(names[i]));
                insert.setString(3, names[i]);
                insert.setInt(4, 100 + i);
                insert.executeUpdate();
            }
        }
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT setval(pg_get_serial_sequence('forum_category', 'id'), (SELECT max(id) FROM forum_category))");
        }
        return ids("SELECT id FROM forum_category WHERE category_key LIKE 'generert-%' ORDER BY id");
    }

    private List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
