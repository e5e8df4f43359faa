package no.laeringsarena.elearning.scorm;

import java.time.Duration;
import java.util.Locale;

/**
 * What the platform (as the LMS) does with the data model around a session: the values a launch starts with, a new
 * attempt or a resumed one, and what happens at the end of a session (LMSFinish / Terminate, or the page going
 * away): session time added to total time, SCORM 1.2's mastery score deciding passed or failed, SCORM 2004's
 * completion threshold deciding completion.
 */
public final class CmiRules {

    private CmiRules() {
    }

    /** How a launch starts, as {@code cmi.core.entry} / {@code cmi.entry} say it. */
    public enum Entry {
        AB_INITIO("ab-initio"), RESUME("resume"), CONTINUE("");

        private final String value;

        Entry(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    /**
     * How the next launch after a finished session goes: exit=suspend resumes the attempt (RESUME); otherwise SCORM
     * 2004 ends the attempt (null: start a new one), and SCORM 1.2 continues it (entry "") unless the SCO reached
     * completed, passed or failed.
     */
    public static Entry next(ScormVersion version, CmiValues v) {
        if (suspended(version, v)) {
            return Entry.RESUME;
        }
        if (version == ScormVersion.SCORM_12 && !outcome(version, v).completed()) {
            return Entry.CONTINUE;
        }
        return null;
    }

    /** Who is learning, for {@code cmi.core.student_id}/{@code cmi.learner_id} and the name elements. */
    public record Learner(String id, String name) {
    }

    /**
     * The values at the start of a session: those kept from the attempt (empty for a new one) with the platform's
     * read-only elements set afresh.
     *
     * @param kept   the attempt's stored values, or an empty set for a new attempt
     * @param entry  how it starts: {@link Entry#AB_INITIO} for a new attempt, else from {@link #next}
     */
    public static CmiValues startSession(ScormVersion version, ScoLaunch sco, Learner learner, CmiValues kept,
                                         Entry entry, Duration totalTime) {
        CmiValues v = new CmiValues(kept.asMap());
        if (version == ScormVersion.SCORM_12) {
            v.put("cmi._version", "3.4");
            v.put("cmi.core.student_id", learner.id());
            v.put("cmi.core.student_name", lastNameFirst(learner.name()));
            v.put("cmi.core.credit", "credit");
            v.put("cmi.core.lesson_mode", "normal");
            v.put("cmi.core.entry", entry.value());
            v.put("cmi.core.total_time", ScormTime.formatTimespan12(totalTime));
            if (!v.has("cmi.core.lesson_status")) {
                v.put("cmi.core.lesson_status", "not attempted");
            }
            v.put("cmi.launch_data", nz(sco.launchData()));
            v.put("cmi.comments_from_lms", "");
            v.put("cmi.student_data.mastery_score", sco.masteryScore() == null ? "" : number(sco.masteryScore()));
            v.put("cmi.student_data.max_time_allowed", "");
            v.put("cmi.student_data.time_limit_action", "");
            v.remove("cmi.core.exit");
            v.remove("cmi.core.session_time");
        } else {
            v.put("cmi._version", "1.0");
            v.put("cmi.learner_id", learner.id());
            v.put("cmi.learner_name", learner.name());
            v.put("cmi.credit", "credit");
            v.put("cmi.mode", "normal");
            v.put("cmi.entry", entry.value());
            v.put("cmi.total_time", ScormTime.formatDuration2004(totalTime));
            if (!v.has("cmi.completion_status")) {
                v.put("cmi.completion_status", "unknown");
            }
            if (!v.has("cmi.success_status")) {
                v.put("cmi.success_status", "unknown");
            }
            if (sco.launchData() != null) {
                v.put("cmi.launch_data", sco.launchData());
            }
            if (sco.completionThreshold() != null) {
                v.put("cmi.completion_threshold", number(sco.completionThreshold()));
            }
            v.put("cmi.time_limit_action", "continue,no message");
            for (String preference : new String[] {"audio_level", "delivery_speed"}) {
                if (!v.has("cmi.learner_preference." + preference)) {
                    v.put("cmi.learner_preference." + preference, "1");
                }
            }
            if (!v.has("cmi.learner_preference.audio_captioning")) {
                v.put("cmi.learner_preference.audio_captioning", "0");
            }
            if (!v.has("cmi.learner_preference.language")) {
                v.put("cmi.learner_preference.language", "");
            }
            v.put("adl.nav.request_valid.continue", "unknown");
            v.put("adl.nav.request_valid.previous", "unknown");
            v.remove("cmi.exit");
            v.remove("cmi.session_time");
            v.remove("adl.nav.request");
        }
        return v;
    }

    /**
     * Ends the session: adds its session time to the total (returned), applies 1.2's mastery score and status rules
     * and 2004's completion threshold. The exit value stays, to decide how the next launch starts.
     */
    public static Duration finishSession(ScormVersion version, ScoLaunch sco, CmiValues v, Duration totalTime) {
        Duration session;
        if (version == ScormVersion.SCORM_12) {
            session = ScormTime.parseTimespan12(v.get("cmi.core.session_time")).orElse(Duration.ZERO);
            String status = nz(v.get("cmi.core.lesson_status"));
            String raw = nz(v.get("cmi.core.score.raw"));
            if (status.equals("not attempted")) {
                // the SCO said nothing: having been launched and finished, it counts as completed (RTE 1.2, p. 3-25)
                status = "completed";
                v.put("cmi.core.lesson_status", status);
            }
            // unless the SCO says incomplete (or browsed), a mastery score and a raw score decide passed or failed
            // (SCORM 1.2 conformance requirements, cmi.core.lesson_status)
            if (sco.masteryScore() != null && !raw.isEmpty() && !status.equals("incomplete") && !status.equals("browsed")) {
                v.put("cmi.core.lesson_status", Double.parseDouble(raw) >= sco.masteryScore() ? "passed" : "failed");
            }
            v.remove("cmi.core.session_time");
        } else {
            session = ScormTime.parseDuration2004(v.get("cmi.session_time")).orElse(Duration.ZERO);
            v.remove("cmi.session_time");
        }
        applyCompletionThreshold(version, v);
        Duration total = totalTime.plus(session);
        v.put(version == ScormVersion.SCORM_12 ? "cmi.core.total_time" : "cmi.total_time",
                version == ScormVersion.SCORM_12 ? ScormTime.formatTimespan12(total) : ScormTime.formatDuration2004(total));
        return total;
    }

    /** SCORM 2004: with a completion threshold and a progress measure, the LMS decides completion_status. */
    static void applyCompletionThreshold(ScormVersion version, CmiValues v) {
        if (version != ScormVersion.SCORM_2004 || !v.has("cmi.completion_threshold") || !v.has("cmi.progress_measure")) {
            return;
        }
        double threshold = Double.parseDouble(v.get("cmi.completion_threshold"));
        double progress = Double.parseDouble(v.get("cmi.progress_measure"));
        v.put("cmi.completion_status", progress >= threshold ? "completed" : "incomplete");
    }

    /** True when the session ended with the SCO asking to be resumed next time. */
    public static boolean suspended(ScormVersion version, CmiValues v) {
        return "suspend".equals(v.get(version == ScormVersion.SCORM_12 ? "cmi.core.exit" : "cmi.exit"));
    }

    public static ScoOutcome outcome(ScormVersion version, CmiValues v) {
        if (version == ScormVersion.SCORM_12) {
            String status = nz(v.get("cmi.core.lesson_status"));
            Boolean success = switch (status) {
                case "passed" -> Boolean.TRUE;
                case "failed" -> Boolean.FALSE;
                default -> null;
            };
            boolean completed = status.equals("completed") || success != null;
            Double raw = decimal(v.get("cmi.core.score.raw"));
            Double min = decimal(v.get("cmi.core.score.min"));
            Double max = decimal(v.get("cmi.core.score.max"));
            Double scaled = null;
            if (raw != null) {
                double lo = min == null ? 0 : min;
                double hi = max == null ? 100 : max;
                scaled = hi > lo ? Math.max(-1, Math.min(1, (raw - lo) / (hi - lo))) : null;
            }
            return new ScoOutcome(completed, success, scaled, raw, min, max);
        }
        applyCompletionThreshold(version, v);
        boolean completed = "completed".equals(v.get("cmi.completion_status"));
        String successStatus = nz(v.get("cmi.success_status"));
        Boolean success = successStatus.equals("passed") ? Boolean.TRUE : successStatus.equals("failed") ? Boolean.FALSE : null;
        return new ScoOutcome(completed, success, decimal(v.get("cmi.score.scaled")), decimal(v.get("cmi.score.raw")),
                decimal(v.get("cmi.score.min")), decimal(v.get("cmi.score.max")));
    }

    /** SCORM 1.2 wants the student's name as "Last, First". */
    static String lastNameFirst(String name) {
        String n = nz(name).strip();
        int space = n.lastIndexOf(' ');
        return space < 0 ? n : n.substring(space + 1) + ", " + n.substring(0, space);
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%s", d);
    }

    private static Double decimal(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
