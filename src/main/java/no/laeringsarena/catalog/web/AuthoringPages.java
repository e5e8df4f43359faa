package no.laeringsarena.catalog.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import no.laeringsarena.catalog.AuthoringException;
import no.laeringsarena.catalog.AuthoringProblem;
import no.laeringsarena.identity.AccessDeniedException;
import no.laeringsarena.platform.web.Messages;

/**
 * Running a course editor's action: refused input becomes messages by the fields (in the visitor's language), and a
 * refused permission a 403 page, whether the action came from a page link or a forged postback.
 */
final class AuthoringPages {

    private AuthoringPages() {
    }

    interface Action {
        void run();
    }

    /** Runs the action; true when it went through. {@code formId} prefixes the field ids of the problems. */
    static boolean run(String formId, Action action) {
        try {
            action.run();
            return true;
        } catch (AuthoringException e) {
            for (AuthoringProblem problem : e.problems()) {
                String clientId = problem.field() == null ? null : formId + ":" + problem.field();
                // numbers as written ("6000 minutter", not "6 000")
                Object[] args = problem.args().stream().map(a -> a instanceof Number ? a.toString() : a).toArray();
                Messages.error(clientId, problem.messageKey(), args);
                if (clientId != null) {
                    // also at the top, so a screen reader user hears every problem at once
                    Messages.error(null, problem.messageKey(), args);
                }
            }
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        } catch (AccessDeniedException e) {
            forbidden();
            return false;
        }
    }

    static void forbidden() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getResponseComplete()) {
            return;
        }
        try {
            faces.getExternalContext().responseSendError(403, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
