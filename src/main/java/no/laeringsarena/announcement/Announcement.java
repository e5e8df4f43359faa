package no.laeringsarena.announcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import no.laeringsarena.identity.UserAccount;

/** A kunngjøring: a title and a short Markdown text, shown from {@code publishFrom} until {@code publishUntil}. */
@Entity
@Table(name = "announcement")
@NamedQuery(name = "Announcement.shownAt", query = """
        SELECT a FROM Announcement a WHERE a.publishFrom <= :now AND (a.publishUntil IS NULL OR a.publishUntil > :now)
        ORDER BY a.publishFrom DESC""")
@NamedQuery(name = "Announcement.all", query = "SELECT a FROM Announcement a ORDER BY a.publishFrom DESC")
public class Announcement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "body_md", nullable = false, length = 5000)
    private String bodyMarkdown;

    @Column(name = "publish_from", nullable = false)
    private OffsetDateTime publishFrom;

    @Column(name = "publish_until")
    private OffsetDateTime publishUntil;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    private UserAccount createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Announcement() {
    }

    Announcement(UserAccount createdBy, OffsetDateTime now) {
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void write(AnnouncementDraft d, AnnouncementRules.Period period, OffsetDateTime now) {
        this.title = d.title().strip();
        this.bodyMarkdown = d.bodyMarkdown().strip();
        this.publishFrom = period.from();
        this.publishUntil = period.until();
        this.updatedAt = now;
    }

    /** Stops showing it now. */
    void withdraw(OffsetDateTime now) {
        if (publishFrom.isAfter(now)) {
            publishFrom = now.minusSeconds(1);
        }
        this.publishUntil = now;
        this.updatedAt = now;
    }

    public AnnouncementRules.Period period() {
        return new AnnouncementRules.Period(publishFrom, publishUntil);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public OffsetDateTime getPublishFrom() {
        return publishFrom;
    }

    public OffsetDateTime getPublishUntil() {
        return publishUntil;
    }
}
