package no.laeringsarena.toolbox.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.identity.web.CurrentUser;
import no.laeringsarena.platform.MarkdownRenderer;
import no.laeringsarena.platform.web.LanguageSelection;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.toolbox.Checklist;
import no.laeringsarena.toolbox.ChecklistProgress;
import no.laeringsarena.toolbox.ItemStatus;
import no.laeringsarena.toolbox.ToolboxItem;
import no.laeringsarena.toolbox.ToolboxService;

/**
 * One toolbox item ({@code verktoy.xhtml?key=...}): its metadata and body, and for a checklist the interactive
 * list: a logged-in user ticks items ({@code tick-<ref>} checkboxes) and writes a note; guests see it read-only.
 * Editors can publish, archive or withdraw the item.
 */
@Named("toolboxItem")
@RequestScoped
public class ToolboxItemBean {

    static final String TICK_PREFIX = "tick-";

    @Inject
    ToolboxService service;

    @Inject
    CurrentUser currentUser;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    LanguageSelection language;

    private Optional<ToolboxItem> item;
    private Checklist checklist;
    private Set<String> ticked;
    private String note;

    /** Sends a 404 for unknown, unpublished (to non-editors) or missing keys. */
    public void load() throws IOException {
        if (getItem() == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public ToolboxItem getItem() {
        if (item == null) {
            item = service.visible(param("key"), isEditor());
        }
        return item.orElse(null);
    }

    public String getBodyHtml() {
        return getItem() == null ? "" : markdown.toSafeHtml(getItem().getBodyMarkdown());
    }

    public Checklist getChecklist() {
        if (checklist == null) {
            checklist = getItem() != null && getItem().isChecklist() ? service.checklist(getItem()) : new Checklist(List.of());
        }
        return checklist;
    }

    public List<Checklist.PhaseProgress> getProgress() {
        return getChecklist().progress(getTicked());
    }

    public Checklist.PhaseProgress progressOf(int phaseNumber) {
        return getProgress().stream().filter(p -> p.phaseNumber() == phaseNumber).findFirst().orElseThrow();
    }

    /** "3 av 10 fullført" for a phase. */
    public String progressText(int phaseNumber) {
        Checklist.PhaseProgress p = progressOf(phaseNumber);
        return Messages.text("toolbox.checklist.progressText", p.done(), p.total());
    }

    public int getTotalDone() {
        return getTicked().size();
    }

    public boolean isTicked(String ref) {
        return getTicked().contains(ref);
    }

    public Set<String> getTicked() {
        if (ticked == null) {
            Optional<ChecklistProgress> progress = account().flatMap(a -> getItem() == null ? Optional.empty()
                    : service.progress(getItem(), a.getId()));
            ticked = progress.map(ChecklistProgress::getTicked).orElse(Set.of());
            note = progress.map(ChecklistProgress::getNote).orElse("");
        }
        return ticked;
    }

    public String getNote() {
        getTicked();
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isCanTick() {
        return currentUser.isLoggedIn() && account().isPresent();
    }

    public boolean isEditor() {
        return currentUser.hasRole(Role.REDAKTOR.groupName()) || currentUser.hasRole(Role.SYSTEMADMINISTRATOR.groupName());
    }

    /** Saves the ticks sent with the form and the note; then shows the page again (post-redirect-get). */
    public String save() throws IOException {
        UserAccount account = account().orElse(null);
        if (account == null || getItem() == null || !getItem().isChecklist()) {
            Messages.error(null, "toolbox.checklist.notAllowed");
            return null;
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > ChecklistProgress.MAX_NOTE_LENGTH) {
            Messages.error("checklist-form:note", "toolbox.checklist.noteTooLong", ChecklistProgress.MAX_NOTE_LENGTH);
            return null;
        }
        Set<String> refs = new HashSet<>();
        for (Map.Entry<String, String> p : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().entrySet()) {
            String name = p.getKey();
            int at = name.indexOf(':' + TICK_PREFIX);
            if (name.startsWith("checklist-form:") && at >= 0) {
                refs.add(name.substring(at + 1 + TICK_PREFIX.length()));
            }
        }
        service.saveProgress(getItem().getItemKey(), account.getId(), refs, text, language.getTag());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(null, "toolbox.checklist.saved");
        return redirectToSelf();
    }

    public String publish() {
        return changeStatus(ItemStatus.PUBLISERT);
    }

    public String archive() {
        return changeStatus(ItemStatus.ARKIVERT);
    }

    public String withdraw() {
        return changeStatus(ItemStatus.UTKAST);
    }

    private String changeStatus(ItemStatus status) {
        if (getItem() == null) {
            return null;
        }
        service.changeStatus(getItem().getItemKey(), status);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(null, "toolbox.status.changed", Messages.text(status.messageKey()));
        return redirectToSelf();
    }

    private String redirectToSelf() {
        return "/verktoy.xhtml?faces-redirect=true&key=" + getItem().getItemKey();
    }

    private Optional<UserAccount> account() {
        return currentUser.account();
    }

    private static String param(String name) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.getRequestParameterMap().get(name);
    }
}
