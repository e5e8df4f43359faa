package no.laeringsarena.toolbox.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.identity.web.CurrentUser;
import no.laeringsarena.platform.MarkdownRenderer;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.taxonomy.TaxonomyTerm;
import no.laeringsarena.taxonomy.TermKind;
import no.laeringsarena.toolbox.EditRefused;
import no.laeringsarena.toolbox.ImplementationStep;
import no.laeringsarena.toolbox.MergerPhase;
import no.laeringsarena.toolbox.ToolboxMetadata;
import no.laeringsarena.toolbox.ToolboxDraft;
import no.laeringsarena.toolbox.ToolboxEditing;
import no.laeringsarena.toolbox.ToolboxItem;
import no.laeringsarena.toolbox.ToolboxItemType;
import no.laeringsarena.toolbox.ToolboxSection;
import no.laeringsarena.toolbox.ToolboxService;

/**
 * The editor's form for a toolbox item ({@code verktoy-rediger.xhtml}, {@code ?key=} to edit, none to create):
 * name in three languages, type, section, summary, Markdown body with a preview, owner, fact-check date, the metadata
 * (sector, themes, merger phases, implementation steps, audiences, related items and courses) and a note about the
 * change. Saving either stores everything (with a new version) or shows what to fix and stores nothing.
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
    private String sectorKey;
    private List<String> themeKeys = new ArrayList<>();
    private List<String> phaseKeys = new ArrayList<>();
    private List<String> stepKeys = new ArrayList<>();
    private String audienceText;
    private List<String> relatedItemKeys = new ArrayList<>();
    private List<String> relatedCourseKeys = new ArrayList<>();
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
        ToolboxMetadata metadata = ToolboxMetadata.of(item, editing.relatedCourseKeys(item));
        sectorKey = metadata.sectorKey();
        themeKeys = new ArrayList<>(metadata.themeKeys());
        phaseKeys = new ArrayList<>(metadata.phases().stream().map(Enum::name).toList());
        stepKeys = new ArrayList<>(metadata.steps().stream().map(Enum::name).toList());
        audienceText = String.join("\n", metadata.audience());
        relatedItemKeys = new ArrayList<>(metadata.relatedItemKeys());
        relatedCourseKeys = new ArrayList<>(metadata.relatedCourseKeys());
    }

    /** Shows the body as readers will see it (sanitised HTML), without saving. */
    public void preview() {
        previewHtml = markdown.toSafeHtml(body == null ? "" : body);
    }

    public String save() {
        ToolboxDraft draft = new ToolboxDraft(creating ? newKey : key, type, section, nameNb, nameNn, nameEn, summary,
                body, owner, factCheckedOn, changeNote);
        ToolboxMetadata metadata = new ToolboxMetadata(sectorKey, Set.copyOf(themeKeys),
                enums(MergerPhase.class, phaseKeys), enums(ImplementationStep.class, stepKeys),
                ToolboxMetadata.audienceLines(audienceText), Set.copyOf(relatedItemKeys), Set.copyOf(relatedCourseKeys));
        Long userId = currentUser.account().map(UserAccount::getId).orElse(null);
        ToolboxItem saved;
        try {
            saved = creating ? editing.create(draft, metadata, userId)
                    : editing.update(key, draft, metadata, basedOnVersion, userId);
        } catch (EditRefused refused) {
            for (ToolboxDraft.Problem problem : refused.problems()) {
                Messages.error(problem.field() == null ? null : FORM + problem.field(), problem.messageKey(),
                        ToolboxDraft.MAX_NAME, ToolboxDraft.MAX_SUMMARY, ToolboxDraft.MAX_BODY, ToolboxDraft.MAX_NOTE,
                        ToolboxMetadata.MAX_AUDIENCES, ToolboxMetadata.MAX_AUDIENCE_LENGTH, ToolboxMetadata.MAX_RELATED);
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

    /** Unknown names (a forged form) are dropped; the form only offers real ones. */
    private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> names) {
        Set<E> values = EnumSet.noneOf(type);
        for (String name : names == null ? List.<String>of() : names) {
            Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().ifPresent(values::add);
        }
        return values;
    }

    public List<TaxonomyTerm> getSectors() {
        return editing.terms(TermKind.SECTOR);
    }

    public List<TaxonomyTerm> getThemes() {
        return editing.terms(TermKind.THEME);
    }

    public List<MergerPhase> getPhases() {
        return List.of(MergerPhase.values());
    }

    public List<ImplementationStep> getSteps() {
        return List.of(ImplementationStep.values());
    }

    /** Items this one can be related to (not itself). */
    public List<ToolboxItem> getOtherItems() {
        return editing.allItems().stream().filter(i -> !i.getItemKey().equals(key)).toList();
    }

    public List<ToolboxEditing.CourseChoice> getCourses() {
        return editing.courses();
    }

    public String getSectorKey() {
        return sectorKey;
    }

    public void setSectorKey(String sectorKey) {
        this.sectorKey = sectorKey;
    }

    public List<String> getThemeKeys() {
        return themeKeys;
    }

    public void setThemeKeys(List<String> themeKeys) {
        this.themeKeys = themeKeys;
    }

    public List<String> getPhaseKeys() {
        return phaseKeys;
    }

    public void setPhaseKeys(List<String> phaseKeys) {
        this.phaseKeys = phaseKeys;
    }

    public List<String> getStepKeys() {
        return stepKeys;
    }

    public void setStepKeys(List<String> stepKeys) {
        this.stepKeys = stepKeys;
    }

    public String getAudienceText() {
        return audienceText;
    }

    public void setAudienceText(String audienceText) {
        this.audienceText = audienceText;
    }

    public List<String> getRelatedItemKeys() {
        return relatedItemKeys;
    }

    public void setRelatedItemKeys(List<String> relatedItemKeys) {
        this.relatedItemKeys = relatedItemKeys;
    }

    public List<String> getRelatedCourseKeys() {
        return relatedCourseKeys;
    }

    public void setRelatedCourseKeys(List<String> relatedCourseKeys) {
        this.relatedCourseKeys = relatedCourseKeys;
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
