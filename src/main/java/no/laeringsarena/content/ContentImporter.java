package no.laeringsarena.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the database in line with the content folder, at start-up, after Flyway:
 * {@code contentImporter.importAll(ContentSources.forConfiguredDirOrWar(servletContext, contentDir))}.
 *
 * <p>Idempotent: new keys are inserted, changed files update their row unless the row was edited in the UI
 * since the last import (then the row is kept and the report warns), unchanged files do nothing, and items
 * whose file is gone are kept and only mentioned. Files with errors are reported with file and line and
 * skipped; the rest is imported. Each item is saved in its own transaction (see {@link ContentItemImporter}),
 * so this bean deliberately runs outside any transaction of the caller.
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class ContentImporter {

    private static final Logger LOG = Logger.getLogger(ContentImporter.class.getName());

    @Inject
    ContentItemImporter itemImporter;

    private volatile ContentTypes types;

    public ImportReport importAll(ContentSource source) {
        ImportReport report = new ImportReport(source.describe());
        List<ContentFile> files;
        try {
            files = source.files();
        } catch (IOException | RuntimeException e) {
            report.error(ContentError.wholeFile("content/", "kunne ikke lese innholdet fra " + source.describe()
                    + ": " + e.getMessage()));
            log(report);
            return report;
        }
        ContentParser.Result parsed = new ContentParser(types()).parseAll(files);
        parsed.errors().forEach(report::error);

        Set<String> inContent = new HashSet<>();
        for (ContentItem<?> item : parsed.items()) {
            inContent.add(item.type() + "/" + item.key());
            importOne(item, report);
        }
        reportItemsNoLongerInContent(report, inContent, parsed.pathsWithErrors());
        log(report);
        return report;
    }

    private void importOne(ContentItem<?> item, ImportReport report) {
        ImportDecision decision;
        try {
            decision = itemImporter.importItem(item);
        } catch (RuntimeException e) {
            report.error(ContentError.at(item.path(), item.keyLine(),
                    item.label() + " ble ikke lagret: " + rootCause(e)));
            return;
        }
        switch (decision) {
            case CREATE -> report.created(item);
            case UPDATE -> report.updated(item, "");
            case FORCED_UPDATE -> report.updated(item,
                    "tving-import: overskrev endringer gjort i løsningen; fjern 'tving-import' fra filen igjen");
            case FORCED_CREATE -> report.created(item);
            case UNCHANGED -> report.unchanged(item);
            case SKIP_EDITED_IN_UI -> report.skipped(item,
                    "endret i løsningen siden forrige import; ikke overskrevet (filen er endret; se content/README.md)");
            case SKIP_DELETED_IN_UI -> report.skipped(item,
                    "slettet i løsningen etter forrige import; ikke gjenopprettet");
            case SKIP_CREATED_IN_UI -> report.skipped(item,
                    "finnes allerede i løsningen uten å være importert; ikke overskrevet");
        }
    }

    private void reportItemsNoLongerInContent(ImportReport report, Set<String> inContent, Set<String> pathsWithErrors) {
        try {
            for (ImportState state : itemImporter.importedItems()) {
                boolean present = inContent.contains(state.getItemType() + "/" + state.getItemKey());
                if (!present && !pathsWithErrors.contains(state.getSourcePath())) {
                    report.note(new ImportReport.Entry(state.getSourcePath(), 0,
                            state.getItemType() + " '" + state.getItemKey() + "'",
                            "finnes ikke lenger i content/; beholdt i løsningen (slett eller arkiver den der om den skal bort)"));
                }
            }
        } catch (RuntimeException e) {
            report.error(ContentError.wholeFile("content/", "kunne ikke lese importstatus: " + rootCause(e)));
        }
    }

    private ContentTypes types() {
        if (types == null) {
            types = ContentTypes.discover();
        }
        return types;
    }

    private static void log(ImportReport report) {
        Level level = report.hasErrors() ? Level.SEVERE : report.hasWarnings() ? Level.WARNING : Level.INFO;
        LOG.log(level, report.summary());
        report.updated().stream().filter(e -> !e.message().isEmpty()).forEach(e -> LOG.warning("ADVARSEL " + e));
        report.skipped().forEach(e -> LOG.warning("ADVARSEL " + e));
        report.errors().forEach(e -> LOG.severe("FEIL " + e));
        report.notes().forEach(e -> LOG.info("INFO " + e));
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
