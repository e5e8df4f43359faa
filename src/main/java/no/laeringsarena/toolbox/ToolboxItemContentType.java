package no.laeringsarena.toolbox;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.laeringsarena.content.ContentReference;
import no.laeringsarena.content.ContentTypeHandler;
import no.laeringsarena.content.FrontMatterFields;
import no.laeringsarena.content.LocalizedText;
import no.laeringsarena.taxonomy.LocalizedName;
import no.laeringsarena.taxonomy.SectorContentType;
import no.laeringsarena.taxonomy.TaxonomyTerm;
import no.laeringsarena.taxonomy.TaxonomyTerms;
import no.laeringsarena.taxonomy.TermKind;
import no.laeringsarena.taxonomy.ThemeContentType;

/**
 * {@code type: verktoy} — files in {@code content/verktoykasse/}: one toolbox item each (see content/README.md).
 * A {@code sjekkliste} has its checklist in the body ({@link ChecklistParser}). Saving an item also writes the
 * change to the search outbox in the same transaction ({@link ToolboxIndexing}).
 */
public class ToolboxItemContentType implements ContentTypeHandler<ToolboxItemContent> {

    public static final String TYPE = "verktoy";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String description() {
        return "element i verktøykassen (verktoykasse/)";
    }

    @Override
    public int importOrder() {
        return 40;
    }

    @Override
    public ToolboxItemContent parse(FrontMatterFields fields, String bodyMarkdown) {
        LocalizedText name = fields.requiredLocalizedText("navn");
        ToolboxItemType type = requiredEnum(fields, "innholdstype", ToolboxItemType.class);
        ToolboxSection section = requiredEnum(fields, "seksjon", ToolboxSection.class);
        ItemStatus status = fields.has("status") ? requiredEnum(fields, "status", ItemStatus.class) : ItemStatus.PUBLISERT;
        String summary = fields.requiredText("ingress");
        if (summary != null && summary.length() > 600) {
            fields.error("ingress", "'ingress' er for lang: høyst 600 tegn (har " + summary.length() + ")");
        }
        ContentReference sector = fields.optionalReference("sektor", SectorContentType.TYPE);
        List<ContentReference> themes = fields.referenceList("tema", ThemeContentType.TYPE);
        Set<MergerPhase> phases = enumSet(fields, "fase", MergerPhase.class);
        Set<ImplementationStep> steps = enumSet(fields, "hovedsteg", ImplementationStep.class);
        List<String> audience = fields.textList("målgruppe");
        String owner = fields.requiredText("forvalter");
        LocalDate factChecked = date(fields, "sist-faktasjekket");
        int sortOrder = fields.optionalInt("rekkefølge", 0);

        String body = bodyMarkdown;
        Checklist checklist = null;
        if (bodyMarkdown.isBlank()) {
            fields.bodyError("teksten mangler: skriv innholdet under avsluttende '---'");
        } else if (type == ToolboxItemType.SJEKKLISTE) {
            ChecklistParser.Result parsed = ChecklistParser.parse(bodyMarkdown);
            parsed.problems().forEach(p -> fields.bodyError("sjekklisten"
                    + (p.bodyLine() > 0 ? ", linje " + p.bodyLine() + " etter '---'" : "") + ": " + p.message()));
            if (parsed.checklist().isEmpty()) {
                fields.bodyError("en sjekkliste må ha minst én fase ('## '), oppgavegruppe ('### ') og punkt ('- ')");
            }
            body = parsed.introMarkdown();
            checklist = parsed.checklist();
        }
        return new ToolboxItemContent(name, type, section, status, summary, body, checklist, sector, themes, phases,
                steps, audience, owner, factChecked, sortOrder);
    }

    @Override
    public List<ContentReference> references(ToolboxItemContent data) {
        List<ContentReference> references = new ArrayList<>(data.themes());
        if (data.sector() != null) {
            references.add(data.sector());
        }
        return references;
    }

    @Override
    public Long currentVersion(EntityManager em, String key) {
        return ToolboxItems.find(em, key).map(ToolboxItem::getVersion).orElse(null);
    }

    @Override
    public long write(EntityManager em, String key, ToolboxItemContent data) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        TaxonomyTerm sector = data.sector() == null ? null
                : TaxonomyTerms.get(em, TermKind.SECTOR, data.sector().targetKey());
        Set<TaxonomyTerm> themes = new HashSet<>();
        for (ContentReference theme : data.themes()) {
            themes.add(TaxonomyTerms.get(em, TermKind.THEME, theme.targetKey()));
        }
        LocalizedName name = LocalizedName.of(data.name());
        ToolboxItem item = ToolboxItems.find(em, key).orElse(null);
        if (item == null) {
            item = new ToolboxItem(key, data.type(), data.section(), name);
            em.persist(item);
        }
        item.describe(data.type(), data.section(), name, data.summary(), data.bodyMarkdown(), sector, themes,
                data.phases(), data.steps(), data.audience(), data.owner(), data.factCheckedOn(), data.sortOrder(), now);
        item.changeStatus(data.status(), now);
        em.flush();
        Checklist checklist = data.checklist() == null ? new Checklist(List.of()) : data.checklist();
        ToolboxItems.replaceChecklist(em, item, checklist);
        ToolboxIndexing.itemChanged(em, item, checklist);
        em.flush();
        return item.getVersion();
    }

    private static <E extends Enum<E> & Keyed> E requiredEnum(FrontMatterFields fields, String field, Class<E> type) {
        String key = fields.requiredText(field);
        if (key == null) {
            return null;
        }
        Optional<E> value = Keyed.byKey(type, key);
        if (value.isEmpty()) {
            fields.error(field, "ukjent verdi '" + key + "' i '" + field + "'; gyldige verdier: " + Keyed.keys(type));
        }
        return value.orElse(null);
    }

    private static <E extends Enum<E> & Keyed> Set<E> enumSet(FrontMatterFields fields, String field, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String key : fields.textList(field)) {
            Keyed.byKey(type, key).ifPresentOrElse(values::add, () -> fields.error(field,
                    "ukjent verdi '" + key + "' i '" + field + "'; gyldige verdier: " + Keyed.keys(type)));
        }
        return values;
    }

    private static LocalDate date(FrontMatterFields fields, String field) {
        String text = fields.requiredText(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            fields.error(field, "'" + field + "' skal være en dato på formen 2025-03-31; fant '" + text + "'");
            return null;
        }
    }
}
