package no.laeringsarena.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** The one row of editor-kept synonym rules (see {@link SearchSynonyms}). */
@Entity
@Table(name = "search_synonyms")
public class SearchSynonymsRow {

    static final int ID = 1;

    @Id
    private Integer id = ID;

    @Column(nullable = false)
    private String rules;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected SearchSynonymsRow() {
    }

    SearchSynonymsRow(String rules, Long updatedBy, OffsetDateTime now) {
        update(rules, updatedBy, now);
    }

    void update(String rules, Long updatedBy, OffsetDateTime now) {
        this.rules = rules;
        this.updatedBy = updatedBy;
        this.updatedAt = now;
    }

    public String getRules() {
        return rules;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
