package no.laeringsarena.elearning.scorm;

import java.util.List;

/** An {@code <organization>}: a titled tree of items. */
public record ScormOrganisation(String identifier, String title, List<ScormItem> items) {

    public ScormOrganisation {
        items = List.copyOf(items);
    }
}
