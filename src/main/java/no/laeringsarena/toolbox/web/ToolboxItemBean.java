package no.laeringsarena.toolbox.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
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
import no.laeringsarena.platform.upload.AttachmentType;
import no.laeringsarena.platform.upload.ExtractedText;
import no.laeringsarena.platform.upload.UploadPolicy;
import no.laeringsarena.platform.upload.UploadRejected;
import no.laeringsarena.toolbox.AttachmentInfo;
import no.laeringsarena.toolbox.AttachmentRefused;
import no.laeringsarena.toolbox.Checklist;
import no.laeringsarena.toolbox.ToolboxAttachment;
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

    @Inject
    UploadPolicy uploads;

    private Optional<ToolboxItem> item;
    private List<AttachmentInfo> attachments;
    private Part upload;
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

    public List<ToolboxItem> getRelatedItems() {
        return getItem() == null ? List.of() : service.relatedItems(getItem(), isEditor());
    }

    public List<no.laeringsarena.toolbox.ToolboxEditing.CourseChoice> getRelatedCourses() {
        return getItem() == null ? List.of() : service.relatedCourses(getItem());
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
        return isEditor(currentUser);
    }

    static boolean isEditor(CurrentUser user) {
        return user.hasRole(Role.REDAKTOR.groupName()) || user.hasRole(Role.SYSTEMADMINISTRATOR.groupName());
    }

    public List<AttachmentInfo> getAttachments() {
        if (attachments == null) {
            attachments = getItem() == null ? List.of() : service.attachments(getItem());
        }
        return attachments;
    }

    public String attachmentSize(AttachmentInfo attachment) {
        return attachment.size(language.getLocale());
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    /** "PDF, DOCX, ..." and the size limit, for the upload field's help text. */
    public String getUploadHelp() {
        return Messages.text("toolbox.attachment.help", AttachmentType.listed(),
                uploads.limits().maxBytes() / (1024 * 1024));
    }

    /**
     * Checks the uploaded file (size, type from its content, text within the limits) and attaches it. A refused file
     * is named in a message saying why; nothing is saved then.
     */
    public String attach() throws IOException {
        if (getItem() == null || !isEditor()) {
            Messages.error(null, "toolbox.checklist.notAllowed");
            return null;
        }
        String field = "attachment-form:file";
        if (upload == null || upload.getSize() == 0) {
            Messages.error(field, "upload.rejected.empty");
            return null;
        }
        if (upload.getSize() > uploads.limits().maxBytes()) {
            Messages.error(field, "upload.rejected.too-large", uploads.limits().maxBytes() / (1024 * 1024));
            return null;
        }
        byte[] content;
        try (InputStream in = upload.getInputStream()) {
            content = in.readNBytes((int) uploads.limits().maxBytes() + 1);
        }
        String name = upload.getSubmittedFileName();
        Long userId = account().map(UserAccount::getId).orElse(null);
        AttachmentInfo added;
        try {
            ExtractedText text = uploads.extractor().extract(content, name);
            added = service.attach(getItem().getItemKey(), name, content, text, userId);
        } catch (UploadRejected rejected) {
            Messages.error(field, rejected.reason().messageKey(), uploads.limits().maxBytes() / (1024 * 1024),
                    AttachmentType.listed());
            return null;
        } catch (AttachmentRefused refused) {
            Messages.error(field, refused.messageKey(), ToolboxAttachment.MAX_PER_ITEM);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(null, "toolbox.attachment.added", added.fileName());
        return redirectToSelf();
    }

    public String removeAttachment(long attachmentId) {
        if (getItem() == null) {
            return null;
        }
        service.removeAttachment(getItem().getItemKey(), attachmentId);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(null, "toolbox.attachment.removed");
        return redirectToSelf();
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
        service.changeStatus(getItem().getItemKey(), status, account().map(UserAccount::getId).orElse(null));
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
