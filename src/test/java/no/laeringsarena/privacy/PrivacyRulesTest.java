package no.laeringsarena.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrivacyRulesTest {

    @Test
    void policiesAreReadFromTheirConfiguredWords() {
        assertEquals(Optional.of(CertificatePolicy.KEEP), CertificatePolicy.parse(" keep "));
        assertEquals(Optional.of(CertificatePolicy.REVOKE), CertificatePolicy.parse("REVOKE"));
        assertEquals(Optional.empty(), CertificatePolicy.parse("delete"));
        assertEquals(Optional.of(StatementPolicy.ANONYMISE), StatementPolicy.parse("anonymise"));
        assertEquals(Optional.of(StatementPolicy.ANONYMISE), StatementPolicy.parse("anonymize"));
        assertEquals(Optional.of(StatementPolicy.DELETE), StatementPolicy.parse("Delete"));
        assertEquals(Optional.empty(), StatementPolicy.parse(null));
    }

    @Test
    void deletingIsConfirmedOnlyByTheAccountsOwnAddress() {
        assertTrue(DeletionConfirmation.confirms(" Ola@Kommune.NO ", "ola@kommune.no"));
        assertFalse(DeletionConfirmation.confirms("ola@kommune.n", "ola@kommune.no"));
        assertFalse(DeletionConfirmation.confirms("", "ola@kommune.no"));
        assertFalse(DeletionConfirmation.confirms(null, "ola@kommune.no"));
    }

    @Test
    void everyExportFileHasItsOwnNameAndBelongsToExactlyOnePrivacyStatementCategory() {
        List<String> files = ExportSection.ALL.stream().map(ExportSection::file).toList();
        assertEquals(files.size(), new HashSet<>(files).size(), "file names are unique");
        List<String> categorised = Arrays.stream(DataCategory.values()).flatMap(c -> c.exportFiles().stream()).toList();
        assertEquals(categorised.size(), new HashSet<>(categorised).size(), "no file in two categories");
        assertEquals(Set.copyOf(files), Set.copyOf(categorised), "the privacy statement and the export cover the same data");
    }

    @Test
    void theExportNeverContainsPasswordsOrSecretTokensAndEverySectionIsAboutTheSubject() {
        for (ExportSection section : ExportSection.ALL) {
            String sql = section.sql().toLowerCase(Locale.ROOT);
            assertFalse(sql.contains("password_hash"), section.file());
            assertFalse(sql.matches("(?s).*\\.(token|token_hash|unsubscribe_token|secret_hash)\\b.*"), section.file());
            List<String> names = NamedSql.of(section.sql()).names();
            assertFalse(names.isEmpty(), section.file() + " is limited to the subject");
            assertTrue(new ExportSubject(1, "a@b.no", "account:x|y").parameters().keySet().containsAll(names),
                    section.file() + " uses only known parameters");
        }
    }

    @Test
    void namedParametersBecomePositionalInOrderLeavingCastsAlone() {
        NamedSql sql = NamedSql.of("SELECT x::text FROM t WHERE a = :user AND b = :email OR c = :user");
        assertEquals("SELECT x::text FROM t WHERE a = ? AND b = ? OR c = ?", sql.jdbc());
        assertEquals(List.of("user", "email", "user"), sql.names());
    }
}
