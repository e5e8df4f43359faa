package no.laeringsarena.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules of a municipal merger (kommunesammenslåing) of one organisation into another, apart from the database:
 * which pairs may be merged, and the name of the unit the merged organisation's people and units move under.
 */
public final class OrganisationMerge {

    private OrganisationMerge() {
    }

    /** Why {@code from} cannot be merged into {@code into} (message keys); empty when it can. */
    public static List<String> problems(Organisation from, Organisation into) {
        List<String> problems = new ArrayList<>();
        if (from == null || into == null) {
            problems.add("merge.chooseBoth");
            return problems;
        }
        if (from.getId().equals(into.getId())) {
            problems.add("merge.same");
        }
        if (from.isMerged()) {
            problems.add("merge.fromMerged");
        }
        if (into.isMerged()) {
            problems.add("merge.intoMerged");
        }
        return problems;
    }

    /**
     * The name of the new top unit the merged organisation becomes: its own name, or — when the organisation it joins
     * already has a top unit of that name — its name with its organisasjonsnummer.
     */
    public static String unitName(Organisation from, Set<String> topUnitNamesOfInto) {
        String name = from.getName();
        boolean taken = topUnitNamesOfInto.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT)
                .equals(name.toLowerCase(Locale.ROOT)));
        return taken ? name + " (" + from.getOrganisasjonsnummer() + ")" : name;
    }
}
