package no.laeringsarena.toolbox;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;

/** One user's progress on one checklist: which items are ticked (and when), and a note of their own. */
@Entity
@Table(name = "checklist_progress")
@NamedQuery(name = "ChecklistProgress.of",
        query = "SELECT p FROM ChecklistProgress p WHERE p.toolboxItem = :item AND p.userId = :userId")
public class ChecklistProgress {

    public static final int MAX_NOTE_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "toolbox_item_id")
    private ToolboxItem toolboxItem;

    @Column(name = "user_id", nullable = false)
    private long userId;

    /** Ticked item refs and when each was ticked (null for ticks from before that was kept). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "checklist_progress_tick", joinColumns = @JoinColumn(name = "progress_id"))
    @MapKeyColumn(name = "item_ref", length = 20)
    @Column(name = "ticked_at")
    private Map<String, OffsetDateTime> ticked = new HashMap<>();

    @Column(nullable = false, length = MAX_NOTE_LENGTH)
    private String note = "";

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected ChecklistProgress() {
    }

    public ChecklistProgress(ToolboxItem toolboxItem, long userId, OffsetDateTime now) {
        this.toolboxItem = Objects.requireNonNull(toolboxItem);
        this.userId = userId;
        this.updatedAt = now;
    }

    /**
     * Records what the user ticked (refs the checklist does not have are ignored) and their note.
     * Returns true when this save completed the checklist for the first time.
     */
    public boolean record(Checklist checklist, Set<String> tickedRefs, String note, OffsetDateTime now) {
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("note longer than " + MAX_NOTE_LENGTH);
        }
        Set<String> known = checklist.known(tickedRefs);
        if (!known.equals(ticked.keySet())) {
            Map<String, OffsetDateTime> kept = new HashMap<>();
            for (String ref : known) {
                kept.put(ref, ticked.containsKey(ref) ? ticked.get(ref) : now);
            }
            ticked = kept;
        }
        this.note = note == null ? "" : note.strip();
        this.updatedAt = now;
        boolean completedNow = completedAt == null && checklist.isCompletedBy(known);
        if (completedNow) {
            completedAt = now;
        }
        return completedNow;
    }

    public Set<String> getTicked() {
        return Set.copyOf(ticked.keySet());
    }

    /** When the item was ticked; empty when it is not ticked or was ticked before times were kept. */
    public Optional<OffsetDateTime> tickedAt(String ref) {
        return Optional.ofNullable(ticked.get(ref));
    }

    public String getNote() {
        return note;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
