package no.laeringsarena.privacy;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of personal data the platform stores, as the privacy statement lists them: each names the files of the
 * personal data export that hold it, so the statement and the export cover the same data (checked by a test).
 */
public enum DataCategory {
    ACCOUNT(List.of("profil.json", "invitasjoner.json", "varslingsinnstillinger.json", "kalenderabonnement.json")),
    LEARNING(List.of("kurs-pameldinger.json", "leksjonsfremdrift.json", "kursbevis.json", "kursforfatter.json",
            "kurstildelinger.json", "sjekklister.json", "e-laering-cmi5.json")),
    TESTS(List.of("testforsok.json", "testsvar.json")),
    FORUM(List.of("forum-trader.json", "forum-svar.json", "forum-redigeringer.json", "forum-liker.json",
            "forum-stemmer.json", "forum-folger.json", "forum-rapporter.json", "forum-medlemskap.json",
            "forum-suspensjoner.json")),
    EVENTS(List.of("arrangementer.json", "arrangement-opptak.json")),
    NOTIFICATIONS(List.of("varsler.json", "e-post.json")),
    LEARNING_RECORDS(List.of("xapi-utsagn.json", "xapi-dokumenter.json")),
    SECURITY(List.of("revisjonslogg.json"));

    private final List<String> exportFiles;

    DataCategory(List<String> exportFiles) {
        this.exportFiles = exportFiles;
    }

    public List<String> exportFiles() {
        return exportFiles;
    }

    private String key(String part) {
        return "privacy.category." + name().toLowerCase(Locale.ROOT) + "." + part;
    }

    public String nameKey() {
        return key("name");
    }

    public String dataKey() {
        return key("data");
    }

    public String purposeKey() {
        return key("purpose");
    }

    public String retentionKey() {
        return key("retention");
    }
}
