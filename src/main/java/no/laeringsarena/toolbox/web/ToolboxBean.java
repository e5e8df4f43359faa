package no.laeringsarena.toolbox.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.laeringsarena.platform.web.FilterLink;
import no.laeringsarena.platform.web.LanguageSelection;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.platform.web.QueryLinks;
import no.laeringsarena.taxonomy.TaxonomyTerm;
import no.laeringsarena.toolbox.Keyed;
import no.laeringsarena.toolbox.MergerPhase;
import no.laeringsarena.toolbox.ToolboxItem;
import no.laeringsarena.toolbox.ToolboxItemType;
import no.laeringsarena.toolbox.ToolboxSection;
import no.laeringsarena.toolbox.ToolboxService;

/** The toolbox front page: published items by section, filtered by type, sector and merger phase (GET parameters). */
@Named("toolbox")
@RequestScoped
public class ToolboxBean {

    private static final String PAGE = "verktoykasse.xhtml";

    /** One section with its items. */
    public record SectionItems(ToolboxSection section, List<ToolboxItem> items) {
    }

    @Inject
    ToolboxService service;

    @Inject
    LanguageSelection language;

    private List<ToolboxItem> all;
    private Map<String, String> params;

    public List<SectionItems> getSections() {
        Optional<ToolboxItemType> type = Keyed.byKey(ToolboxItemType.class, param("type"));
        Optional<MergerPhase> phase = Keyed.byKey(MergerPhase.class, param("fase"));
        String sector = param("sektor");
        List<SectionItems> sections = new ArrayList<>();
        for (ToolboxSection section : ToolboxSection.values()) {
            List<ToolboxItem> items = all().stream()
                    .filter(i -> i.getSection() == section)
                    .filter(i -> type.isEmpty() || i.getType() == type.get())
                    .filter(i -> phase.isEmpty() || i.getPhases().contains(phase.get()))
                    .filter(i -> sector.isEmpty() || sectorKey(i).equals(sector))
                    .toList();
            if (!items.isEmpty()) {
                sections.add(new SectionItems(section, items));
            }
        }
        return sections;
    }

    public List<FilterLink> getTypeFilters() {
        List<FilterLink> links = new ArrayList<>();
        links.add(new FilterLink(Messages.text("toolbox.filter.all"), -1, QueryLinks.with(PAGE, params(), "type", null),
                param("type").isEmpty()));
        for (ToolboxItemType type : ToolboxItemType.values()) {
            long count = all().stream().filter(i -> i.getType() == type).count();
            if (count > 0) {
                links.add(new FilterLink(Messages.text(type.messageKey()), count,
                        QueryLinks.with(PAGE, params(), "type", type.key()), type.key().equals(param("type"))));
            }
        }
        return links;
    }

    public List<FilterLink> getSectorFilters() {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ToolboxItem item : all()) {
            TaxonomyTerm sector = item.getSector();
            String key = sectorKey(item);
            names.putIfAbsent(key, sector == null ? Messages.text("toolbox.sector.none") : sector.getName().in(language.getTag()));
            counts.merge(key, 1L, Long::sum);
        }
        List<FilterLink> links = new ArrayList<>();
        links.add(new FilterLink(Messages.text("toolbox.filter.all"), -1, QueryLinks.with(PAGE, params(), "sektor", null),
                param("sektor").isEmpty()));
        names.forEach((key, name) -> links.add(new FilterLink(name, counts.get(key),
                QueryLinks.with(PAGE, params(), "sektor", key), key.equals(param("sektor")))));
        return links;
    }

    public List<FilterLink> getPhaseFilters() {
        List<FilterLink> links = new ArrayList<>();
        links.add(new FilterLink(Messages.text("toolbox.filter.all"), -1, QueryLinks.with(PAGE, params(), "fase", null),
                param("fase").isEmpty()));
        for (MergerPhase phase : MergerPhase.values()) {
            long count = all().stream().filter(i -> i.getPhases().contains(phase)).count();
            links.add(new FilterLink(Messages.text(phase.messageKey()), count,
                    QueryLinks.with(PAGE, params(), "fase", phase.key()), phase.key().equals(param("fase"))));
        }
        return links;
    }

    public boolean isFiltered() {
        return !params().isEmpty();
    }

    private static String sectorKey(ToolboxItem item) {
        return item.getSector() == null ? "tverrgaende" : item.getSector().getTermKey();
    }

    private List<ToolboxItem> all() {
        if (all == null) {
            all = service.published();
        }
        return all;
    }

    private Map<String, String> params() {
        if (params == null) {
            params = new LinkedHashMap<>();
            Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
            for (String name : List.of("type", "sektor", "fase")) {
                String value = request.get(name);
                if (value != null && value.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    params.put(name, value);
                }
            }
        }
        return params;
    }

    private String param(String name) {
        return params().getOrDefault(name, "");
    }

}
