package no.laeringsarena.elearning.scorm;

/**
 * One launchable item of the default organisation, ready to play.
 *
 * @param itemIdentifier the item's identifier
 * @param title          the item's title
 * @param depth          0 for a top-level item, 1 below a folder, ...
 * @param launchPath     the path inside the package to open, with the item's parameters
 * @param sco            true for a SCO, false for an asset (which never talks to the API)
 * @param masteryScore   SCORM 1.2 mastery score, or null
 * @param launchData     data for {@code cmi.launch_data}, or null
 * @param completionThreshold SCORM 2004 completion threshold, or null
 */
public record ScoLaunch(String itemIdentifier, String title, int depth, String launchPath, boolean sco,
                        Double masteryScore, String launchData, Double completionThreshold) {
}
