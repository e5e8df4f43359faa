package no.laeringsarena.elearning.scorm;

import java.util.List;

/**
 * An {@code <item>} of an organisation: a launchable one points to a resource; one without is a folder of others.
 *
 * @param identifier   its identifier (what attempts are kept by)
 * @param title        its title
 * @param resourceId   the {@code identifierref}, or null for a folder
 * @param parameters   the {@code parameters} appended to the resource's href, or null
 * @param masteryScore SCORM 1.2 {@code adlcp:masteryscore} (0-100), or null
 * @param launchData   {@code adlcp:datafromlms} / {@code adlcp:dataFromLMS}, or null
 * @param completionThreshold SCORM 2004 {@code adlcp:completionThreshold} (0-1), or null
 * @param children     its sub-items
 */
public record ScormItem(String identifier, String title, String resourceId, String parameters, Double masteryScore,
                        String launchData, Double completionThreshold, List<ScormItem> children) {

    public ScormItem {
        children = List.copyOf(children);
    }

    public boolean launchable() {
        return resourceId != null;
    }
}
