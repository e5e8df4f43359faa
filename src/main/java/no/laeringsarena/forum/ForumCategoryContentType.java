package no.laeringsarena.forum;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import no.laeringsarena.content.ContentReference;
import no.laeringsarena.content.ContentTypeHandler;
import no.laeringsarena.content.FrontMatterFields;
import no.laeringsarena.taxonomy.LocalizedName;
import no.laeringsarena.taxonomy.SectorContentType;
import no.laeringsarena.taxonomy.TaxonomyTerm;
import no.laeringsarena.taxonomy.TaxonomyTerms;
import no.laeringsarena.taxonomy.TermKind;
import no.laeringsarena.taxonomy.ThemeContentType;

/**
 * {@code type: forumkategori} — files in {@code content/forum/kategorier/}: {@code navn} (required),
 * {@code sektor} (a sector key), {@code tema} (theme keys), {@code idekategori} (true/false),
 * {@code rekkefølge}, {@code lukket} (true: a closed community, members only), and a body (required) saying what belongs in the category.
 */
public class ForumCategoryContentType implements ContentTypeHandler<CategoryContent> {

    public static final String TYPE = "forumkategori";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String description() {
        return "kategori i forumet (forum/kategorier)";
    }

    @Override
    public int importOrder() {
        return 30;
    }

    @Override
    public CategoryContent parse(FrontMatterFields fields, String bodyMarkdown) {
        CategoryContent content = new CategoryContent(
                fields.requiredLocalizedText("navn"),
                bodyMarkdown,
                fields.optionalReference("sektor", SectorContentType.TYPE),
                fields.referenceList("tema", ThemeContentType.TYPE),
                fields.optionalBoolean("idekategori", false),
                fields.optionalInt("rekkefølge", 0),
                fields.optionalBoolean("lukket", false));
        if (bodyMarkdown.isBlank()) {
            fields.bodyError("beskrivelsen mangler: skriv under avsluttende '---' hva som hører hjemme i kategorien");
        }
        return content;
    }

    @Override
    public List<ContentReference> references(CategoryContent data) {
        List<ContentReference> references = new ArrayList<>(data.themes());
        if (data.sector() != null) {
            references.add(data.sector());
        }
        return references;
    }

    @Override
    public Long currentVersion(EntityManager em, String key) {
        ForumCategory category = find(em, key);
        return category == null ? null : category.getVersion();
    }

    @Override
    public long write(EntityManager em, String key, CategoryContent data) {
        LocalizedName name = LocalizedName.of(data.name());
        TaxonomyTerm sector = data.sector() == null ? null
                : TaxonomyTerms.get(em, TermKind.SECTOR, data.sector().targetKey());
        List<TaxonomyTerm> themes = new ArrayList<>();
        for (ContentReference theme : data.themes()) {
            themes.add(TaxonomyTerms.get(em, TermKind.THEME, theme.targetKey()));
        }
        ForumCategory category = find(em, key);
        if (category == null) {
            category = new ForumCategory(key, name);
            em.persist(category);
        }
        category.describe(name, data.descriptionMarkdown(), sector, themes, data.ideaCategory(), data.sortOrder());
        category.setClosed(data.closed());
        em.flush();
        ForumCategoryIndexing.categoryChanged(em, category);
        return category.getVersion();
    }

    private static ForumCategory find(EntityManager em, String key) {
        return em.createNamedQuery("ForumCategory.byKey", ForumCategory.class)
                .setParameter("key", key)
                .getResultStream().findFirst().orElse(null);
    }
}
