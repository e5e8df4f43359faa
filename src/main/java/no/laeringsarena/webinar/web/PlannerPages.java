package no.laeringsarena.webinar.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import no.laeringsarena.identity.AccessDeniedException;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.webinar.PlanningProblem;
import no.laeringsarena.webinar.PlanningRefused;

/**
 * Running an event planner action: refused input becomes messages by the fields and at the top (in the visitor's
 * language), a refused permission a 403 page, whether the action came from the page or a forged postback.
 */
final class PlannerPages {

    private PlannerPages() {
    }

    interface Action {
        void run();
    }

    /** Runs the action; true when it went through. {@code formId} prefixes the field ids of the problems. */
    static boolean run(String formId, Action action) {
        try {
            action.run();
            return true;
        } catch (PlanningRefused e) {
            for (PlanningProblem problem : e.problems()) {
                Object[] args = problem.args().stream().map(a -> a instanceof Number ? a.toString() : a).toArray();
                if (problem.field() != null) {
                    Messages.error(formId + ":" + problem.field(), problem.messageKey(), args);
                }
                Messages.error(null, problem.messageKey(), args);
            }
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        } catch (AccessDeniedException e) {
            sendError(403);
            return false;
        }
    }

    static void sendError(int status) {
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
