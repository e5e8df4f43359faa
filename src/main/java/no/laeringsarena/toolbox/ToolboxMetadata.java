package no.laeringsarena.toolbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.laeringsarena.taxonomy.TaxonomyTerm;

/**
 * The metadata an editor chose for an item besides its text: sector, themes, merger phases, implementation steps,
 * audiences (one per line), and the related items and courses (by key). {@link #problems()} checks what can be checked
 * without the database; {@link ToolboxEditing} checks that every key names something that exists.
 */
public record ToolboxMetadata(String sectorKey, Set<String> themeKeys, Set<MergerPhase> phases,
                              Set<ImplementationStep> steps, List<String> audience, Set<String> relatedItemKeys,
                              Set<String> relatedCourseKeys) {

    public static final int MAX_AUDIENCES = 10;
    public static final int MAX_AUDIENCE_LENGTH = 200;
    public static final int MAX_RELATED = 20;

    public ToolboxMetadata {
        sectorKey = sectorKey == null || sectorKey.isBlank() ? null : sectorKey.strip();
        themeKeys = keys(themeKeys);
        phases = phases == null || phases.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(phases));
        steps = steps == null || steps.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(steps));
        audience = audience == null ? List.of() : List.copyOf(audience.stream().map(String::strip)
                .filter(a -> !a.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new)));
        relatedItemKeys = keys(relatedItemKeys);
        relatedCourseKeys = keys(relatedCourseKeys);
    }

    /** The audiences typed one per line (blank lines and repeats are dropped). */
    public static List<String> audienceLines(String text) {
        return text == null ? List.of() : List.of(text.replace("\r", "").split("\n"));
    }

    /** The metadata the item has now, as the editor's form starts with. */
    public static ToolboxMetadata of(ToolboxItem item, Collection<String> relatedCourseKeys) {
        return new ToolboxMetadata(item.getSector() == null ? null : item.getSector().getTermKey(),
                item.getThemes().stream().map(TaxonomyTerm::getTermKey).collect(Collectors.toSet()),
                Set.copyOf(item.getPhases()), Set.copyOf(item.getSteps()), item.getAudience(),
                item.getRelatedItems().stream().map(ToolboxItem::getItemKey).collect(Collectors.toSet()),
                Set.copyOf(relatedCourseKeys));
    }

    /** The field (form id) and message key of each problem. */
    public List<ToolboxDraft.Problem> problems() {
        List<ToolboxDraft.Problem> problems = new ArrayList<>();
        if (audience.size() > MAX_AUDIENCES || audience.stream().anyMatch(a -> a.length() > MAX_AUDIENCE_LENGTH)) {
            problems.add(new ToolboxDraft.Problem("audience", "toolbox.edit.error.audience"));
        }
        if (relatedItemKeys.size() > MAX_RELATED) {
            problems.add(new ToolboxDraft.Problem("related-items", "toolbox.edit.error.tooManyRelated"));
        }
        if (relatedCourseKeys.size() > MAX_RELATED) {
            problems.add(new ToolboxDraft.Problem("related-courses", "toolbox.edit.error.tooManyRelated"));
        }
        return problems;
    }

    /**
     * The item's metadata as stored with each version: one line per field, values by their stable keys, so two
     * versions' differences read line by line ("Sektor: helse-og-velferd").
     */
    public static String describe(ToolboxItem item, Collection<String> relatedCourseKeys) {
        List<String> lines = new ArrayList<>();
        lines.add("Innholdstype: " + item.getType().key());
        lines.add("Seksjon: " + item.getSection().key());
        lines.add("Sektor: " + (item.getSector() == null ? "" : item.getSector().getTermKey()));
        lines.add("Tema: " + sorted(item.getThemes().stream().map(TaxonomyTerm::getTermKey).toList()));
        lines.add("Faser: " + item.getPhases().stream().map(MergerPhase::key).collect(Collectors.joining(", ")));
        lines.add("Hovedsteg: " + item.getSteps().stream().map(ImplementationStep::key).collect(Collectors.joining(", ")));
        lines.add("Målgruppe: " + String.join("; ", item.getAudience()));
        lines.add("Forvalter: " + Objects.toString(item.getOwner(), ""));
        LocalDate checked = item.getFactCheckedOn();
        lines.add("Sist faktasjekket: " + (checked == null ? "" : checked.toString()));
        lines.add("Relaterte elementer: " + sorted(item.getRelatedItems().stream().map(ToolboxItem::getItemKey).toList()));
        lines.add("Relaterte kurs: " + sorted(relatedCourseKeys));
        return String.join("\n", lines);
    }

    private static String sorted(Collection<String> keys) {
        return String.join(", ", new TreeSet<>(keys));
    }

    private static Set<String> keys(Set<String> keys) {
        return keys == null ? Set.of() : keys.stream().filter(Objects::nonNull).map(String::strip)
                .filter(k -> !k.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
