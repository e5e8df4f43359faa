package no.laeringsarena.webinar.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.laeringsarena.catalog.AuthoringException;
import no.laeringsarena.catalog.web.Learner;
import no.laeringsarena.identity.AccessDeniedException;
import no.laeringsarena.platform.web.LanguageSelection;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.webinar.AttendeeCsv;
import no.laeringsarena.webinar.EventFollowUp;
import no.laeringsarena.webinar.EventView;
import no.laeringsarena.webinar.FollowUpException;
import no.laeringsarena.webinar.Materials;
import no.laeringsarena.webinar.Participant;
import no.laeringsarena.webinar.RecordingFile;
import no.laeringsarena.webinar.RegistrationService;

/**
 * webinar/oppfolging.xhtml?key=...: the trainer ticks who attended or reads in the video service's attendee file, and
 * adds the recording (a link, or a video file it uploads) and slides after the event. Every action is checked again in {@link EventFollowUp}.
 */
@Named("followUp")
@ViewScoped
public class FollowUpBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventFollowUp followUp;

    @Inject
    RegistrationService registrations;

    @Inject
    LanguageSelection language;

    @Inject
    Learner learner;

    private String key;
    private List<String> attendedIds = new ArrayList<>();
    private transient Part file;
    private transient Part recordingFile;
    private transient RecordingFile recording;
    private String recordingUrl;
    private String slidesUrl;
    private List<AttendeeCsv.Unmatched> unmatched;
    private transient EventView view;
    private transient List<Participant> participants;
    private transient List<EventFollowUp.LessonPlace> lessonPlaces;
    private String lessonPlace;
    private boolean certificatesOffered = true;
    private String addedToCourse;

    /** View action: 404 for an unknown event; fills the form from what is saved. */
    public void load() {
        view = registrations.event(key).orElse(null);
        if (view == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            try {
                faces.getExternalContext().responseSendError(404, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
            return;
        }
        if (!FacesContext.getCurrentInstance().isPostback()) {
            refresh();
            Materials m = followUp.materials(key);
            recordingUrl = m.recordingUrl();
            slidesUrl = m.slidesUrl();
            certificatesOffered = followUp.attendanceCertificatesOffered(key);
        }
    }

    private void refresh() {
        participants = followUp.participants(key);
        attendedIds = new ArrayList<>(participants.stream().filter(Participant::attended)
                .map(p -> Long.toString(p.registrationId())).toList());
    }

    public String saveAttendance() {
        try {
            Set<Long> ids = new HashSet<>();
            for (String id : attendedIds) {
                ids.add(Long.parseLong(id));
            }
            int marked = followUp.setAttendance(key, ids);
            Messages.info(null, "followUp.attendance.saved", marked);
        } catch (NumberFormatException e) {
            Messages.error(null, "followUp.noEvent");
        } catch (FollowUpException e) {
            Messages.error(null, e.messageKey());
        }
        unmatched = null;
        refresh();
        return null;
    }

    public String importFile() {
        if (file == null || file.getSize() == 0) {
            Messages.error("csv-form:file", "followUp.csv.empty");
            return null;
        }
        if (file.getSize() > AttendeeCsv.MAX_BYTES) {
            Messages.error("csv-form:file", "followUp.csv.tooLarge");
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            AttendeeCsv.Result<Long> result = followUp.importAttendees(key, in.readNBytes(AttendeeCsv.MAX_BYTES + 1));
            unmatched = result.unmatched();
            Messages.info(null, "followUp.csv.result", result.matched().size(), unmatched.size());
        } catch (FollowUpException e) {
            Messages.error("csv-form:file", e.messageKey());
        } catch (IOException e) {
            Messages.error("csv-form:file", "followUp.csv.notText");
        }
        refresh();
        return null;
    }

    public String publishMaterials() {
        try {
            int mailed = followUp.publishMaterials(key, recordingUrl, slidesUrl);
            Messages.info(null, "followUp.materials.saved", mailed);
        } catch (FollowUpException e) {
            Messages.error(null, e.messageKey());
        }
        return null;
    }

    /** Saves whether attending gives a kursbevis for deltakelse. */
    public String saveCertificates() {
        try {
            int changed = followUp.offerAttendanceCertificates(key, certificatesOffered);
            Messages.info(null, certificatesOffered ? "attendanceCertificate.offered" : "attendanceCertificate.notOffered",
                    changed);
        } catch (FollowUpException e) {
            Messages.error(null, e.messageKey(), e.args());
        }
        return null;
    }

    public boolean isCertificatesOffered() {
        return certificatesOffered;
    }

    public void setCertificatesOffered(boolean certificatesOffered) {
        this.certificatesOffered = certificatesOffered;
    }

    /** Keeps the chosen video file as the event's recording, for the participants to play on the event's page. */
    public String uploadRecording() {
        long max = followUp.maxRecordingBytes();
        if (recordingFile == null || recordingFile.getSize() == 0) {
            Messages.error("recording-form:recording-file", "recording.error.missing");
            return null;
        }
        if (recordingFile.getSize() > max) {
            Messages.error("recording-form:recording-file", "recording.error.tooLarge", Math.max(1, max / (1024 * 1024)));
            return null;
        }
        try (InputStream in = recordingFile.getInputStream()) {
            int mailed = followUp.uploadRecording(learner.id().orElseThrow(), key, recordingFile.getSubmittedFileName(),
                    in.readNBytes((int) Math.min(recordingFile.getSize(), max + 1)));
            Messages.info(null, "recording.saved", mailed);
            recording = null;
        } catch (FollowUpException e) {
            Messages.error("recording-form:recording-file", e.messageKey(), e.args());
        } catch (IOException e) {
            Messages.error("recording-form:recording-file", "recording.error.missing");
        }
        return null;
    }

    /** The recording file kept for the event, or null. */
    public RecordingFile getRecording() {
        if (recording == null && key != null) {
            recording = followUp.materials(key).recordingFile();
        }
        return recording;
    }

    /** The largest recording file accepted, in whole megabytes, for the form's hint. */
    public long getMaxRecordingMegabytes() {
        return followUp.maxRecordingBytes() / (1024 * 1024);
    }

    public Part getRecordingFile() {
        return recordingFile;
    }

    public void setRecordingFile(Part recordingFile) {
        this.recordingFile = recordingFile;
    }

    /** Puts the recording into the chosen course module as a video lesson (in the course's draft). */
    public String addRecordingToCourse() {
        int bar = lessonPlace == null ? -1 : lessonPlace.lastIndexOf('|');
        if (bar <= 0) {
            Messages.error("lesson-form:place", "followUp.lesson.choose");
            return null;
        }
        try {
            String courseKey = lessonPlace.substring(0, bar);
            long moduleId = Long.parseLong(lessonPlace.substring(bar + 1));
            String title = followUp.recordingAsLesson(learner.id().orElseThrow(), key, courseKey, moduleId,
                    language.getLocale());
            addedToCourse = courseKey;
            Messages.info(null, "followUp.lesson.added", title);
        } catch (NumberFormatException e) {
            Messages.error("lesson-form:place", "followUp.lesson.choose");
        } catch (FollowUpException e) {
            Messages.error(null, e.messageKey(), e.args());
        } catch (AuthoringException e) {
            e.problems().forEach(p -> Messages.error(null, p.messageKey(), p.args().toArray()));
        } catch (AccessDeniedException e) {
            Messages.error("lesson-form:place", "followUp.lesson.choose");
        }
        return null;
    }

    public List<EventFollowUp.LessonPlace> getLessonPlaces() {
        if (lessonPlaces == null) {
            lessonPlaces = followUp.lessonPlaces(learner.id().orElseThrow());
        }
        return lessonPlaces;
    }

    public String getLessonPlace() {
        return lessonPlace;
    }

    public void setLessonPlace(String lessonPlace) {
        this.lessonPlace = lessonPlace;
    }

    /** The course the recording was just added to (for a link to its editor), or null. */
    public String getAddedToCourse() {
        return addedToCourse;
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

    public boolean isStarted() {
        return !java.time.OffsetDateTime.now().isBefore(getView().event().getStartsAt());
    }

    public List<Participant> getParticipants() {
        if (participants == null) {
            participants = followUp.participants(key);
        }
        return participants;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public List<String> getAttendedIds() {
        return attendedIds;
    }

    public void setAttendedIds(List<String> attendedIds) {
        this.attendedIds = attendedIds == null ? new ArrayList<>() : attendedIds;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getRecordingUrl() {
        return recordingUrl;
    }

    public void setRecordingUrl(String recordingUrl) {
        this.recordingUrl = recordingUrl;
    }

    public String getSlidesUrl() {
        return slidesUrl;
    }

    public void setSlidesUrl(String slidesUrl) {
        this.slidesUrl = slidesUrl;
    }

    public List<AttendeeCsv.Unmatched> getUnmatched() {
        return unmatched;
    }
}
