package no.laeringsarena.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.laeringsarena.identity.IdentityValidationException;
import no.laeringsarena.identity.Organisation;
import no.laeringsarena.identity.OrganisationAdministration;
import no.laeringsarena.identity.OrganisationMerger;
import no.laeringsarena.platform.web.Messages;

/**
 * Merging one organisation into another (kommunesammenslåing), system administrators only: choose both, see what will
 * move, then confirm. The confirmation merges exactly the pair previewed.
 */
@Named("organisationMerge")
@ViewScoped
public class OrganisationMergeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationMerger merger;

    @Inject
    OrganisationAdministration administration;

    private Long fromId;
    private Long intoId;
    private OrganisationMerger.Preview preview;

    /** The organisations that can take part in a merger: those not merged already. */
    public List<Organisation> getCandidates() {
        return administration.organisations().stream().filter(o -> !o.isMerged()).toList();
    }

    public void showPreview() {
        preview = null;
        try {
            preview = merger.preview(fromId, intoId);
        } catch (IdentityValidationException e) {
            e.messageKeys().forEach(key -> Messages.error(null, key));
        }
    }

    public void merge() {
        if (preview == null) {
            Messages.error(null, "merge.previewFirst");
            return;
        }
        try {
            OrganisationMerger.Preview done = merger.merge(preview.fromId(), preview.intoId());
            Messages.info(null, "merge.done", done.fromName(), done.intoName(), done.people(), done.unitName());
            preview = null;
            fromId = null;
            intoId = null;
        } catch (IdentityValidationException e) {
            e.messageKeys().forEach(key -> Messages.error(null, key));
            preview = null;
        }
    }

    public void cancel() {
        preview = null;
    }

    public OrganisationMerger.Preview getPreview() {
        return preview;
    }

    public Long getFromId() {
        return fromId;
    }

    public void setFromId(Long fromId) {
        this.fromId = fromId;
    }

    public Long getIntoId() {
        return intoId;
    }

    public void setIntoId(Long intoId) {
        this.intoId = intoId;
    }
}
