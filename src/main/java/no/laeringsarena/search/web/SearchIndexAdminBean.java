package no.laeringsarena.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.search.ReindexProgress;
import no.laeringsarena.search.SearchIndexAdmin;
import no.laeringsarena.search.SearchOutboxStore;
import no.laeringsarena.search.SearchReindexer;

/**
 * The search index page for system administrators ({@code admin/sokeindeks.xhtml}): which index is live, what waits
 * in the outbox, and a full reindex with a progress bar that polls until it is done.
 */
@Named("searchIndexAdmin")
@RequestScoped
public class SearchIndexAdminBean {

    @Inject
    SearchReindexer reindexer;

    @Inject
    SearchIndexAdmin index;

    @Inject
    SearchOutboxStore outbox;

    private ReindexProgress progress;

    public ReindexProgress getProgress() {
        if (progress == null) {
            progress = reindexer.progress();
        }
        return progress;
    }

    public String getLiveIndex() {
        try {
            Optional<String> live = index.isAvailable() ? index.liveIndex() : Optional.empty();
            return live.orElse(Messages.text("searchAdmin.unavailable"));
        } catch (IOException | RuntimeException e) {
            return Messages.text("searchAdmin.unavailable");
        }
    }

    public long getPending() {
        return outbox.pendingCount();
    }

    public long getSent() {
        return outbox.doneCount();
    }

    /** Starts a full reindex (the service checks the role again). */
    public void start() {
        if (!index.isAvailable()) {
            Messages.error(null, "searchAdmin.unavailable");
            return;
        }
        if (reindexer.start()) {
            Messages.info(null, "searchAdmin.started");
        } else {
            Messages.error(null, "searchAdmin.alreadyRunning");
        }
        progress = null;
    }

    /** Text for the state, e.g. "Ferdig: 57 dokumenter". */
    public String getStatusText() {
        ReindexProgress p = getProgress();
        return switch (p.state()) {
            case IDLE -> Messages.text("searchAdmin.state.idle");
            case RUNNING -> Messages.text("searchAdmin.state.running", p.done(), p.total());
            case DONE -> Messages.text("searchAdmin.state.done", p.total(), p.index());
            case FAILED -> Messages.text("searchAdmin.state.failed", p.error());
        };
    }
}
