package no.laeringsarena.elearning;

/**
 * Launching the unit a package lesson plays, by its reference ({@code cmi5:<id>}; SCORM adds its own). The player
 * page picks the launcher whose {@link #plays} accepts the lesson's reference.
 */
public interface PackageLauncher {

    /** Where the player goes: the content's address, and whether it must open in a window of its own. */
    record Launch(String url, boolean ownWindow, String title) {
    }

    /** Where launched content can reach the platform: the origin and context path, e.g. https://host/app. */
    record Platform(String applicationUrl, String returnUrl) {
    }

    boolean plays(String reference);

    /**
     * Launches the unit for the learner (the course is started if needed).
     *
     * @throws IllegalArgumentException when the lesson is not a unit of a package of this course
     */
    Launch launch(long userId, String courseKey, String lessonKey, String mode, Platform platform, String language);

    /**
     * Launches the unit for a course holder who may edit the course, from the version she edits (a draft too), so
     * that she can see it before publishing: nothing is recorded as anyone's progress.
     *
     * @throws IllegalArgumentException when the lesson is not a unit of a package of this course
     * @throws no.laeringsarena.identity.AccessDeniedException when she may not edit the course
     */
    Launch preview(long userId, String courseKey, String lessonKey, Platform platform, String language);
}
