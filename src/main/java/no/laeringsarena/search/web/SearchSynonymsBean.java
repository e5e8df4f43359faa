package no.laeringsarena.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.identity.web.CurrentUser;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.search.ReindexProgress;
import no.laeringsarena.search.SearchReindexer;
import no.laeringsarena.search.SearchSynonyms;
import no.laeringsarena.search.SynonymRules;

/**
 * Editors keep the search synonyms ({@code redaksjon/synonymer.xhtml}): one rule a line; saving applies them through a
 * reindex without downtime, with its progress shown on the page.
 */
@Named("searchSynonyms")
@RequestScoped
public class SearchSynonymsBean {

    @Inject
    SearchSynonyms synonyms;

    @Inject
    SearchReindexer reindexer;

    @Inject
    CurrentUser currentUser;

    private String text;

    public String getText() {
        if (text == null) {
            text = synonyms.text();
        }
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ReindexProgress getProgress() {
        return reindexer.progress();
    }

    public void save() {
        SearchSynonyms.Outcome outcome = synonyms.save(text, currentUser.account().map(UserAccount::getId).orElse(null));
        if (!outcome.problems().isEmpty()) {
            for (SynonymRules.Problem problem : outcome.problems()) {
                Messages.error("synonyms-form:rules", problem.messageKey(), problem.line());
            }
            Messages.error(null, "toolbox.edit.notSaved");
            return;
        }
        Messages.info(null, outcome.reindexStarted() ? "searchSynonyms.saved" : "searchSynonyms.savedLater");
        text = null;
    }

    public String getStatusText() {
        ReindexProgress p = getProgress();
        return switch (p.state()) {
            case IDLE -> "";
            case RUNNING -> Messages.text("searchAdmin.state.running", p.done(), p.total());
            case DONE -> Messages.text("searchAdmin.state.done", p.total(), p.index());
            case FAILED -> Messages.text("searchAdmin.state.failed", p.error());
        };
    }
}
