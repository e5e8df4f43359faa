package no.laeringsarena.announcement.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import no.laeringsarena.announcement.Announcement;
import no.laeringsarena.announcement.AnnouncementDraft;
import no.laeringsarena.announcement.AnnouncementProblem;
import no.laeringsarena.announcement.AnnouncementRefused;
import no.laeringsarena.announcement.Announcements;
import no.laeringsarena.catalog.web.Learner;
import no.laeringsarena.platform.web.LanguageSelection;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.webinar.EventValidation;
import no.laeringsarena.webinar.EventWording;

/** redaksjon/kunngjoringer.xhtml: the editor writes, changes and withdraws announcements. */
@Named("announcementEditor")
@ViewScoped
public class AnnouncementEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Announcements announcements;

    @Inject
    Learner learner;

    @Inject
    LanguageSelection language;

    private Long editingId;
    private String title;
    private String body;
    private String from;
    private String until;
    private transient List<Announcement> all;

    public String save() {
        try {
            announcements.save(learner.id().orElseThrow(), editingId, new AnnouncementDraft(title, body, from, until));
            Messages.info(null, editingId == null ? "announcement.published" : "announcement.saved");
            clear();
        } catch (AnnouncementRefused e) {
            for (AnnouncementProblem p : e.problems()) {
                Object[] args = p.args().stream().map(a -> a instanceof Number ? a.toString() : a).toArray();
                if (p.field() != null) {
                    Messages.error("announcement-form:" + p.field(), p.messageKey(), args);
                }
                Messages.error(null, p.messageKey(), args);
            }
            FacesContext.getCurrentInstance().validationFailed();
        }
        all = null;
        return null;
    }

    public String edit(long id) {
        Announcement a;
        try {
            a = announcements.find(id);
        } catch (AnnouncementRefused e) {
            Messages.error(null, "announcement.error.notFound");
            return null;
        }
        editingId = a.getId();
        title = a.getTitle();
        body = a.getBodyMarkdown();
        from = EventValidation.field(a.getPublishFrom());
        until = EventValidation.field(a.getPublishUntil());
        return null;
    }

    public String withdraw(long id) {
        try {
            announcements.withdraw(id);
            Messages.info(null, "announcement.withdrawn");
        } catch (AnnouncementRefused e) {
            Messages.error(null, "announcement.error.notFound");
        }
        all = null;
        return null;
    }

    public String cancelEdit() {
        clear();
        return null;
    }

    private void clear() {
        editingId = null;
        title = null;
        body = null;
        from = null;
        until = null;
    }

    public List<Announcement> getAll() {
        if (all == null) {
            all = announcements.all();
        }
        return all;
    }

    public String when(OffsetDateTime t) {
        return t == null ? "" : EventWording.dateTime(t, language.getLocale());
    }

    /** announcement.status.PLANNED, SHOWN or ENDED. */
    public String statusKey(Announcement a) {
        OffsetDateTime now = OffsetDateTime.now();
        if (a.period().shownAt(now)) {
            return "announcement.status.SHOWN";
        }
        return now.isBefore(a.getPublishFrom()) ? "announcement.status.PLANNED" : "announcement.status.ENDED";
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getUntil() {
        return until;
    }

    public void setUntil(String until) {
        this.until = until;
    }
}
