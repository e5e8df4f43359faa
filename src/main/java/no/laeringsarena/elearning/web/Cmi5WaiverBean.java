package no.laeringsarena.elearning.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import no.laeringsarena.catalog.AuthoringException;
import no.laeringsarena.catalog.AuthoringProblem;
import no.laeringsarena.catalog.web.Learner;
import no.laeringsarena.elearning.Cmi5WaiverReason;
import no.laeringsarena.elearning.Cmi5Waivers;
import no.laeringsarena.identity.AccessDeniedException;
import no.laeringsarena.platform.web.Messages;

/**
 * kursholder/fritak.xhtml?key=...: the course holder waives a cmi5 unit of her course for one of its learners (by
 * e-mail address), with a cmi5 reason, and sees the waivers given. 403 for a course she may not edit.
 */
@Named("cmi5Waiver")
@ViewScoped
public class Cmi5WaiverBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cmi5Waivers waivers;

    @Inject
    Learner learner;

    private String key;
    private String lessonKey;
    private String email;
    private String reason;
    private List<Cmi5Waivers.WaivableUnit> units = List.of();
    private List<Cmi5Waivers.Waiver> given = List.of();

    public void load() {
        try {
            units = waivers.units(learner.id().orElseThrow(), key);
            given = waivers.waivers(learner.id().orElseThrow(), key);
        } catch (AccessDeniedException e) {
            send(403);
        } catch (AuthoringException e) {
            send(404);
        }
    }

    public void waive() {
        try {
            waivers.waive(learner.id().orElseThrow(), key, lessonKey, email,
                    Cmi5WaiverReason.of(reason == null ? "" : reason).orElse(null));
            Messages.info(null, "elearning.waiver.done", email.strip());
            email = null;
            load();
        } catch (AuthoringException e) {
            for (AuthoringProblem problem : e.problems()) {
                Messages.error(null, problem.messageKey(), problem.args().toArray());
            }
            FacesContext.getCurrentInstance().validationFailed();
        } catch (AccessDeniedException e) {
            send(403);
        }
    }

    public List<Cmi5WaiverReason> getReasons() {
        return List.of(Cmi5WaiverReason.values());
    }

    public List<Cmi5Waivers.WaivableUnit> getUnits() {
        return units;
    }

    public List<Cmi5Waivers.Waiver> getGiven() {
        return given;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getLessonKey() {
        return lessonKey;
    }

    public void setLessonKey(String lessonKey) {
        this.lessonKey = lessonKey;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    private static void send(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getResponseComplete()) {
            return;
        }
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
