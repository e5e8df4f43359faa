package no.laeringsarena.platform.web;

import jakarta.enterprise.context.RequestScoped;
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

    private Boolean offered;

    public boolean isOffered() {
        if (offered == null) {
            offered = learner.id().map(id -> !tour.isDone(id)).orElse(false);
        }
        return offered;
    }

    /** Taken or declined: Min side stops offering it (the footer link still opens it). */
    public String done() {
        learner.id().ifPresent(tour::markDone);
        offered = false;
        return null;
    }
}
