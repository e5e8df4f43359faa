package no.laeringsarena.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.laeringsarena.catalog.web.Learner;
import no.laeringsarena.platform.GuidedTour;

/** Whether Min side offers the omvisning to the person logged in, and her "done" or "no thanks". */
@Named("guidedTour")
@RequestScoped
public class GuidedTourBean {

    @Inject
    GuidedTour tour;

    @Inject
    Learner learner;

    private static final String MY_PAGE = "/min-side.xhtml";

    private Boolean offered;

    public boolean isOffered() {
        if (offered == null) {
            offered = learner.id().map(id -> !tour.isDone(id)).orElse(false);
        }
        return offered;
    }

    /**
     * Whether this page is Min side and it offers the tour: the dialog's "Ferdig" then tells the server. Checked
     * on the page name first, so the other pages (which show the dialog from the footer) never ask the database.
     */
    public boolean isOfferedHere() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() != null && MY_PAGE.equals(faces.getViewRoot().getViewId()) && isOffered();
    }

    /** Taken or declined: Min side stops offering it (the footer link still opens it). */
    public String done() {
        learner.id().ifPresent(tour::markDone);
        offered = false;
        return null;
    }
}
