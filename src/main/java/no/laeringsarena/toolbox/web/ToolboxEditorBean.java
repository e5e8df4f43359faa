package no.laeringsarena.toolbox.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.identity.web.CurrentUser;
import no.laeringsarena.platform.MarkdownRenderer;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.toolbox.EditRefused;
import no.laeringsarena.toolbox.ToolboxDraft;
import no.laeringsarena.toolbox.ToolboxEditing;
import no.laeringsarena.toolbox.ToolboxItem;
import no.laeringsarena.toolbox.ToolboxItemType;
import no.laeringsarena.toolbox.ToolboxSection;
import no.laeringsarena.toolbox.ToolboxService;

/**
 * The editor's form for a toolbox item ({@code verktoy-rediger.xhtml}, {@code ?key=} to edit, none to create):
 * name in three languages, type, section, summary, Markdown body with a preview, owner, fact-check date and a note
 * about the change. Saving either stores everything (with a new version) or shows what to fix and stores nothing.
 */
@Named("toolboxEditor")
@ViewScoped
public class ToolboxEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "edit-form:";

    @Inject
    ToolboxEditing editing;

    @Inject
    ToolboxService toolbox;

    @Inject
    CurrentUser currentUser;

    @Inject
    MarkdownRenderer markdown;

    private String key;
    private boolean creating = true;
    private long basedOnVersion;
    private String newKey;
    private ToolboxItemType type = ToolboxItemType.VEILEDER;
    private ToolboxSection section = ToolboxSection.STRATEGISKE_FORINGER;
    private String nameNb;
    private String nameNn;
    private String nameEn;
    private String summary;
    private String body;
    private String owner;
    private LocalDate factCheckedOn = LocalDate.now(ZoneId.of("Europe/Oslo"));
    private String changeNote;
    private String previewHtml;
    private boolean loaded;

    /** Fills the form from the item named by {@code key} (once per view); 404 for an unknown key. */
    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        if (key == null || key.isBlank()) {
            return;
        }
        ToolboxItem item = toolbox.visible(key, true).orElse(null);
        if (item == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        creating = false;
        basedOnVersion = item.getVersion();
        type = item.getType();
        section = item.getSection();
        nameNb = item.getName().getNb();
        nameNn = item.getName().getNn();
        nameEn = item.getName().getEn();
        summary = item.getSummary();
        body = item.getBodyMarkdown();
        owner = item.getOwner();
        factCheckedOn = item.getFactCheckedOn();
    }

    /** Shows the body as readers will see it (sanitised HTML), without saving. */
    public void preview() {
        previewHtml = markdown.toSafeHtml(body == null ? "" : body);
    }

    public String save() {
        ToolboxDraft draft = new ToolboxDraft(creating ? newKey : key, type, section, nameNb, nameNn, nameEn, summary,
                body, owner, factCheckedOn, changeNote);
        Long userId = currentUser.account().map(UserAccount::getId).orElse(null);
        ToolboxItem saved;
        try {
            saved = creating ? editing.create(draft, userId) : editing.update(key, draft, basedOnVersion, userId);
        } catch (EditRefused refused) {
            for (ToolboxDraft.Problem problem : refused.problems()) {
                Messages.error(problem.field() == null ? null : FORM + problem.field(), problem.messageKey(),
                        ToolboxDraft.MAX_NAME, ToolboxDraft.MAX_SUMMARY, ToolboxDraft.MAX_BODY, ToolboxDraft.MAX_NOTE);
            }
            if (refused.problems().stream().allMatch(p -> p.field() != null)) {
                Messages.error(null, "toolbox.edit.notSaved");
            }
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(null, creating ? "toolbox.edit.created" : "toolbox.edit.saved");
        return "/verktoy.xhtml?faces-redirect=true&key=" + saved.getItemKey();
    }

    public List<ToolboxItemType> getTypes() {
        return List.of(ToolboxItemType.values());
    }

    public List<ToolboxSection> getSections() {
        return List.of(ToolboxSection.values());
    }

    public boolean isCreating() {
        return creating;
    }

    public String getPreviewHtml() {
        return previewHtml;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getNewKey() {
        return newKey;
    }

    public void setNewKey(String newKey) {
        this.newKey = newKey;
    }

    public ToolboxItemType getType() {
        return type;
    }

    public void setType(ToolboxItemType type) {
        this.type = type;
    }

    public ToolboxSection getSection() {
        return section;
    }

    public void setSection(ToolboxSection section) {
        this.section = section;
    }

    public String getNameNb() {
        return nameNb;
    }

    public void setNameNb(String nameNb) {
        this.nameNb = nameNb;
    }

    public String getNameNn() {
        return nameNn;
    }

    public void setNameNn(String nameNn) {
        this.nameNn = nameNn;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getFactCheckedOn() {
        return factCheckedOn;
    }

    public void setFactCheckedOn(LocalDate factCheckedOn) {
        this.factCheckedOn = factCheckedOn;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }
}
