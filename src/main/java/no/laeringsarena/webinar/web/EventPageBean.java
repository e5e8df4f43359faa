package no.laeringsarena.webinar.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.laeringsarena.catalog.Certificate;
import no.laeringsarena.catalog.CertificateService;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.identity.web.CurrentUser;
import no.laeringsarena.platform.MarkdownRenderer;
import no.laeringsarena.platform.web.LanguageSelection;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.identity.Role;
import no.laeringsarena.webinar.EventView;
import no.laeringsarena.webinar.Materials;
import no.laeringsarena.webinar.MyPlace;
import no.laeringsarena.webinar.RegistrationClosedException;
import no.laeringsarena.webinar.RegistrationService;

/**
 * An event's page (webinar/arrangement.xhtml?key=...): description, time in Oslo time, seats, Meld deg på / Meld
 * deg av, my place, and the join link — which the service gives only to a registered participant from 15 minutes
 * before the start; otherwise nothing about it reaches the page.
 */
@Named("eventPage")
@ViewScoped
public class EventPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationService registrations;

    @Inject
    CurrentUser currentUser;

    @Inject
    LanguageSelection language;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    CertificateService certificates;

    private String key;
    private transient EventView view;
    private transient MyPlace place;
    private transient Optional<String> joinUrl;
    private transient Materials materials;
    private transient Optional<Certificate> attendanceCertificate;

    /** View action: 404 when there is no such (visible) event. */
    public void load() {
        reset();
        if (getView() == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().responseSendError(404, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }

    private void reset() {
        view = null;
        place = null;
        joinUrl = null;
        materials = null;
        attendanceCertificate = null;
    }

    public EventView getView() {
        if (view == null && key != null) {
            view = registrations.event(key).orElse(null);
        }
        return view;
    }

    public String getWhen() {
        return EventTexts.when(getView().event(), language.getLocale());
    }

    public String getDeadline() {
        return EventTexts.dateTime(getView().event().getRegistrationDeadline(), language.getLocale());
    }

    public String getPlaceText() {
        return EventTexts.place(getView().event(), language.getLocale());
    }

    public String getSeats() {
        return EventTexts.seats(getView(), language.getLocale());
    }

    public String getStatusText() {
        return Messages.text(language.getLocale(), getView().status().messageKey());
    }

    public String getDescriptionHtml() {
        return markdown.toSafeHtml(getView().event().getDescriptionMarkdown());
    }

    public String getKindText() {
        return Messages.text(language.getLocale(), getView().event().getKind().messageKey());
    }

    public String getSectorName() {
        return getView().event().getSector() == null ? "" : getView().event().getSector().getName().in(language.getTag());
    }

    public String getThemeName() {
        return getView().event().getTheme() == null ? "" : getView().event().getTheme().getName().in(language.getTag());
    }

    /** My place at the event (none for guests). */
    public MyPlace getPlace() {
        if (place == null) {
            place = userId().map(id -> registrations.place(id, key)).orElse(MyPlace.NONE);
        }
        return place;
    }

    public String getMyStatus() {
        MyPlace p = getPlace();
        if (p.isRegistered()) {
            return Messages.text(language.getLocale(), "webinar.my.registered");
        }
        if (p.isWaiting()) {
            return Messages.text(language.getLocale(), "webinar.my.waiting", p.position());
        }
        return Messages.text(language.getLocale(), "webinar.my.none");
    }

    /** The join link, or null: only for registered participants, only in the join window (decided by the service). */
    public String getJoinUrl() {
        if (joinUrl == null) {
            joinUrl = userId().flatMap(id -> registrations.joinUrlFor(id, key));
        }
        return joinUrl.orElse(null);
    }

    /** The recording and slides, for someone who had a seat, once the trainer has added them. */
    public Materials getMaterials() {
        if (materials == null) {
            materials = userId().map(id -> registrations.materialsFor(id, key)).orElse(Materials.NONE);
        }
        return materials;
    }

    /** Where the uploaded recording plays (only for those {@link #getMaterials} gives it to). */
    public String getRecordingHref() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + RecordingServlet.PATH
                + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    /** My kursbevis for deltakelse at this event, once the trainer has recorded that I attended; else null. */
    public Certificate getAttendanceCertificate() {
        if (attendanceCertificate == null) {
            attendanceCertificate = userId().flatMap(id -> certificates.ownedForEvent(id, getView().event().getId()));
        }
        return attendanceCertificate.orElse(null);
    }

    /** A kursholder (or system administrator) sees the way to the follow-up page. */
    public boolean isTrainer() {
        return currentUser.hasRole(Role.KURSHOLDER.groupName()) || currentUser.hasRole(Role.SYSTEMADMINISTRATOR.groupName());
    }

    public String getCalendarUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/webinar/kalender?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    public String register() {
        Optional<Long> userId = userId();
        if (userId.isEmpty()) {
            return "/logg-inn?faces-redirect=true";
        }
        try {
            MyPlace result = registrations.register(userId.get(), key, language.getTag());
            Messages.info(null, result.isWaiting() ? "webinar.registered.waiting" : "webinar.registered.seat",
                    result.position());
        } catch (RegistrationClosedException e) {
            Messages.error(null, "webinar.registration.closed");
        }
        reset();
        return null;
    }

    public String cancel() {
        Optional<Long> userId = userId();
        if (userId.isEmpty()) {
            return "/logg-inn?faces-redirect=true";
        }
        registrations.cancel(userId.get(), key, language.getTag());
        Messages.info(null, "webinar.cancelled");
        reset();
        return null;
    }

    private Optional<Long> userId() {
        return currentUser.isLoggedIn() ? currentUser.account().map(UserAccount::getId) : Optional.empty();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }
}
