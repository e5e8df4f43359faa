package no.laeringsarena.privacy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.transaction.Transactional;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import no.laeringsarena.audit.AuditEvent;
import no.laeringsarena.audit.AuditEventType;
import no.laeringsarena.audit.AuditLog;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.learningrecord.LearnerPseudonyms;
import no.laeringsarena.learningrecord.LearningStatements;
import no.laeringsarena.learningrecord.xapi.Agents;
import no.laeringsarena.platform.DataSourceConfiguration;
import no.laeringsarena.platform.PlatformSettings;

/**
 * "Last ned mine data": one ZIP with a JSON file per {@link ExportSection} plus {@code om-eksporten.json}, written
 * straight from the database to the response — rows are read a few hundred at a time and never gathered in memory,
 * however many statements a person has. The export is written to the audit log.
 */
@ApplicationScoped
public class PersonalDataExport {

    static final int FETCH_SIZE = 500;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    LearnerPseudonyms pseudonyms;

    @Inject
    PlatformSettings settings;

    @Inject
    AuditLog audit;

    private final JsonGeneratorFactory generators = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    /** The subject of an export or deletion of this account. */
    public ExportSubject subjectOf(UserAccount account) {
        Optional<UUID> pseudonym = pseudonyms.find(account.getId());
        String agentKey = pseudonym.map(p -> Agents.key(LearningStatements.learner(settings.baseUrl(), p)).orElseThrow())
                .orElse(null);
        return new ExportSubject(account.getId(), UserAccount.normaliseEmail(account.getEmail()), agentKey);
    }

    /** Writes the account's export to the stream (and closes the ZIP, not the stream). */
    @Transactional
    public void write(UserAccount account, OutputStream out) throws IOException {
        ExportSubject subject = subjectOf(account);
        audit.record(AuditEvent.by(account.getId(), account.getEmail(), AuditEventType.PERSONAL_DATA_EXPORTED,
                AuditEvent.account(account.getId()), ExportSection.ALL.size() + " filer"));
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry("om-eksporten.json"));
        try (JsonGenerator json = generators.createGenerator(unclosable(zip))) {
            json.writeStartObject()
                    .write("platform", LearningStatements.PLATFORM)
                    .write("exported_at", OffsetDateTime.now().toString())
                    .write("account_id", subject.userId())
                    .write("email", subject.email());
            if (subject.agentKey() == null) {
                json.writeNull("xapi_agent");
            } else {
                json.write("xapi_agent", subject.agentKey());
            }
            json.writeStartArray("files");
            ExportSection.ALL.forEach(s -> json.write(s.file()));
            json.writeEnd().writeEnd();
        }
        zip.closeEntry();
        try (Connection db = dataSource.getConnection()) {
            for (ExportSection section : ExportSection.ALL) {
                zip.putNextEntry(new ZipEntry(section.file()));
                writeSection(db, section, subject, zip);
                zip.closeEntry();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("export of account " + subject.userId() + " failed", e);
        }
        zip.finish();
    }

    private void writeSection(Connection db, ExportSection section, ExportSubject subject, OutputStream out)
            throws SQLException {
        NamedSql sql = NamedSql.of(section.sql());
        Map<String, Object> values = subject.parameters();
        try (PreparedStatement st = db.prepareStatement(sql.jdbc(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            st.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < sql.names().size(); i++) {
                st.setObject(i + 1, values.get(sql.names().get(i)));
            }
            try (ResultSet rows = st.executeQuery(); JsonGenerator json = generators.createGenerator(unclosable(out))) {
                json.writeStartArray();
                JsonRows.writeAll(rows, json);
                json.writeEnd();
            }
        }
    }

    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() {
                try {
                    flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
