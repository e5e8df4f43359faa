package no.laeringsarena.toolbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One item of a checklist as stored: which phase and group it is in, its priority and its text. */
@Entity
@Table(name = "checklist_entry")
@NamedQuery(name = "ChecklistEntry.ofItem", query = "SELECT e FROM ChecklistEntry e WHERE e.toolboxItem = :item "
        + "ORDER BY e.phaseNo, e.groupNo, e.itemNo")
@NamedQuery(name = "ChecklistEntry.deleteOfItem", query = "DELETE FROM ChecklistEntry e WHERE e.toolboxItem = :item")
public class ChecklistEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "toolbox_item_id")
    private ToolboxItem toolboxItem;

    @Column(name = "item_ref", nullable = false, length = 20)
    private String itemRef;

    @Column(name = "phase_no", nullable = false)
    private int phaseNo;

    @Column(name = "phase_title", nullable = false, length = 200)
    private String phaseTitle;

    @Column(name = "group_no", nullable = false)
    private int groupNo;

    @Column(name = "group_title", nullable = false, length = 200)
    private String groupTitle;

    @Column(name = "item_no", nullable = false)
    private int itemNo;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private ChecklistPriority priority;

    @Column(nullable = false, length = 1000)
    private String text;

    protected ChecklistEntry() {
    }

    /** The rows for a whole checklist. */
    public static List<ChecklistEntry> of(ToolboxItem item, Checklist checklist) {
        List<ChecklistEntry> entries = new ArrayList<>();
        for (Checklist.Phase phase : checklist.phases()) {
            for (Checklist.Group group : phase.groups()) {
                int n = 0;
                for (ChecklistItem checklistItem : group.items()) {
                    ChecklistEntry e = new ChecklistEntry();
                    e.toolboxItem = item;
                    e.itemRef = checklistItem.ref();
                    e.phaseNo = phase.number();
                    e.phaseTitle = phase.title();
                    e.groupNo = group.number();
                    e.groupTitle = group.title();
                    e.itemNo = ++n;
                    e.priority = checklistItem.priority();
                    e.text = checklistItem.text();
                    entries.add(e);
                }
            }
        }
        return entries;
    }

    /** The checklist these rows (in phase, group, item order) make up. */
    public static Checklist toChecklist(List<ChecklistEntry> entries) {
        Map<Integer, String> phaseTitles = new LinkedHashMap<>();
        Map<Integer, Map<Integer, String>> groupTitles = new LinkedHashMap<>();
        Map<String, List<ChecklistItem>> items = new LinkedHashMap<>();
        for (ChecklistEntry e : entries) {
            phaseTitles.putIfAbsent(e.phaseNo, e.phaseTitle);
            groupTitles.computeIfAbsent(e.phaseNo, k -> new LinkedHashMap<>()).putIfAbsent(e.groupNo, e.groupTitle);
            items.computeIfAbsent(e.phaseNo + "." + e.groupNo, k -> new ArrayList<>())
                    .add(new ChecklistItem(e.itemRef, e.priority, e.text));
        }
        List<Checklist.Phase> phases = new ArrayList<>();
        phaseTitles.forEach((phaseNo, phaseTitle) -> {
            List<Checklist.Group> groups = new ArrayList<>();
            groupTitles.get(phaseNo).forEach((groupNo, groupTitle) ->
                    groups.add(new Checklist.Group(groupNo, groupTitle, items.get(phaseNo + "." + groupNo))));
            phases.add(new Checklist.Phase(phaseNo, phaseTitle, groups));
        });
        return new Checklist(phases);
    }

    public String getItemRef() {
        return itemRef;
    }
}
