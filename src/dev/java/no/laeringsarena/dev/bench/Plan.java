package no.laeringsarena.dev.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * What the generator makes at a given scale and seed, as pure functions of a row's number: the same number gives
 * the same row in every run, so a stage can stop after any chunk and continue where it stopped. Generated rows have
 * ids from {@link #BASE} up, far above what the seed content and the demo users get.
 */
final class Plan {

    static final long BASE = 10_000_000L;
    static final int UNITS_PER_ORGANISATION = 3;
    static final String[] UNIT_NAMES = {"Helse og velferd", "Oppvekst og utdanning", "Støttefunksjoner"};
    /** Every statement and enrolment time lies in the two years before this instant (fixed, for determinism). */
    static final OffsetDateTime EPOCH = OffsetDateTime.of(2026, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    static final int STATEMENTS_PER_ENROLMENT = 5;
    static final int LONG_THREAD_REPLIES = 200;

    final long seed;
    final int organisations;
    final int users;
    final int courses;
    final int enrolments;
    final int toolboxItems;
    final int attachments;
    final int threads;
    final int replies;

    Plan(double scale, long seed) {
        this.seed = seed;
        organisations = Math.max(2, (int) Math.round(400 * scale));
        users = Math.max(organisations, (int) Math.round(100_000 * scale));
        courses = Math.max(2, (int) Math.round(2_000 * scale));
        enrolments = Math.max(1, (int) Math.round(200_000 * scale));
        toolboxItems = Math.max(1, (int) Math.round(10_000 * scale));
        attachments = Math.max(1, (int) Math.round(500 * scale));
        threads = Math.max(1, (int) Math.round(10_000 * scale));
        // 100,000 posts: every thread's opening post plus the replies
        replies = Math.max(LONG_THREAD_REPLIES, (int) Math.round(100_000 * scale) - threads);
    }

    long statements() {
        return (long) enrolments * STATEMENTS_PER_ENROLMENT;
    }

    // --- hashing: a SplitMix64 finaliser over the seed and the parts of a key ---

    long hash(long... parts) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (long part : parts) {
            h = mix(h ^ (part + 0x9E3779B97F4A7C15L));
        }
        return h;
    }

    /** A number in [0, 1) from the key. */
    double unit(long... parts) {
        return (hash(parts) >>> 11) * 0x1.0p-53;
    }

    int below(int bound, long... parts) {
        return (int) ((hash(parts) >>> 1) % bound);
    }

    UUID uuid(long... parts) {
        long hi = hash(parts);
        long lo = mix(hi ^ 0x5DEECE66DL);
        // version 4, IETF variant, like the ones the platform makes
        return new UUID((hi & ~0xF000L) | 0x4000L, (lo & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // --- organisations and people ---

    String organisationName(int org) {
        return Vocabulary.placeName(org) + (org % 40 == 39 ? " fylkeskommune" : " kommune");
    }

    /** The organisation of a user: the first users are one per organisation (their administrators), then skewed. */
    int organisationOf(int user) {
        if (user < organisations) {
            return user;
        }
        double u = unit(1, user);
        return (int) (organisations * u * u);
    }

    long unitId(int org, int unit) {
        return BASE + (long) org * UNITS_PER_ORGANISATION + unit;
    }

    int unitOf(int user) {
        return below(UNITS_PER_ORGANISATION, 2, user);
    }

    String firstName(int user) {
        return Vocabulary.FIRST_NAMES.get(below(Vocabulary.FIRST_NAMES.size(), 3, user));
    }

    String lastName(int user) {
        return Vocabulary.LAST_NAMES.get(below(Vocabulary.LAST_NAMES.size(), 4, user));
    }

    String displayName(int user) {
        return firstName(user) + " " + lastName(user);
    }

    String email(int user) {
        return Vocabulary.slug(firstName(user)) + "." + Vocabulary.slug(lastName(user)) + "." + user + "@"
                + Vocabulary.slug(Vocabulary.placeName(organisationOf(user))) + ".kommune.no";
    }

    UUID pseudonym(int user) {
        return uuid(5, user);
    }

    boolean isTrainer(int user) {
        return user % 50 == 7;
    }

    /** The i-th trainer (course owners): user 7, 57, 107, ... */
    int trainer(int i) {
        int trainers = Math.max(1, (users - 7 + 49) / 50);
        return 7 + 50 * (i % trainers);
    }

    // --- courses ---

    String courseTitle(int course) {
        String subject = Vocabulary.SUBJECTS.get(course % Vocabulary.SUBJECTS.size());
        String pattern = Vocabulary.COURSE_PATTERNS.get((course / Vocabulary.SUBJECTS.size()) % Vocabulary.COURSE_PATTERNS.size());
        String title = Vocabulary.capitalised(String.format(pattern, subject));
        int round = course / (Vocabulary.SUBJECTS.size() * Vocabulary.COURSE_PATTERNS.size());
        return round == 0 ? title : title + " (" + (round + 1) + ")";
    }

    String courseKey(int course) {
        return Vocabulary.slug(courseTitle(course)) + "-" + course;
    }

    int modules(int course) {
        return 3 + below(3, 10, course);
    }

    int lessons(int course, int module) {
        return 2 + below(4, 11, course, module);
    }

    int lessonCount(int course) {
        int n = 0;
        for (int m = 0; m < modules(course); m++) {
            n += lessons(course, m);
        }
        return n;
    }

    static String lessonKey(int module, int lesson) {
        return "leksjon-" + (module + 1) + "-" + (lesson + 1);
    }

    String lessonTitle(int course, int module, int lesson) {
        return Vocabulary.capitalised(Vocabulary.SUBJECTS.get(below(Vocabulary.SUBJECTS.size(), 12, course, module, lesson)))
                + " – del " + (lesson + 1);
    }

    // --- enrolments: every user takes enrolments/users courses, popular courses more often ---

    int enrolmentUser(int enrolment) {
        return enrolment % users;
    }

    int enrolmentCourse(int enrolment) {
        int user = enrolment % users;
        int round = enrolment / users;
        int rounds = (enrolments + users - 1) / users;
        double u = unit(20, user);
        int first = (int) (courses * u * u * u);
        return (first + round * Math.max(1, courses / rounds)) % courses;
    }

    UUID registration(int enrolment) {
        return uuid(21, enrolment);
    }

    OffsetDateTime enrolmentStarted(int enrolment) {
        return EPOCH.minusMinutes((long) (unit(22, enrolment) * 730 * 24 * 60));
    }

    boolean completed(int enrolment) {
        return unit(23, enrolment) < 0.45;
    }

    /** How many lessons (in course order) the learner has completed: all when the course is completed, else ≥ 4. */
    int lessonsDone(int enrolment) {
        int total = lessonCount(enrolmentCourse(enrolment));
        return completed(enrolment) ? total : 4 + below(Math.max(1, total - 4), 24, enrolment);
    }

    // --- toolbox ---

    static final String[] TOOLBOX_TYPES = {"VEILEDER", "MAL", "KRAVSPESIFIKASJON", "MAL", "METODIKK", "BRUKERREISE",
            "ARBEIDSPROSESS", "METODIKK", "STANDARD", "ARKITEKTURPRINSIPP"};
    static final String[] SECTIONS = {"STRATEGISKE_FORINGER", "BRUKERREISE_OG_TJENESTEPRODUKSJON",
            "GRUNNDATAREGISTRE", "MALBILDE_OG_ARKITEKTUR", "FELLESLOSNINGER", "INFRASTRUKTUR", "STANDARDER_OG_GRENSESNITT"};

    int toolboxPattern(int item) {
        return below(Vocabulary.TOOLBOX_PATTERNS.size(), 30, item);
    }

    String toolboxTitle(int item) {
        String subject = Vocabulary.SUBJECTS.get(below(Vocabulary.SUBJECTS.size(), 31, item));
        return String.format(Vocabulary.TOOLBOX_PATTERNS.get(toolboxPattern(item)), subject);
    }

    /** The item an attachment belongs to: spread over the items. */
    int attachmentItem(int attachment) {
        return (int) ((long) attachment * toolboxItems / attachments);
    }

    // --- forum: one long thread (200 replies, for the benchmark), the rest skewed ---

    int[] replyCounts() {
        int[] counts = new int[threads];
        counts[0] = Math.min(LONG_THREAD_REPLIES, replies);
        int rest = replies - counts[0];
        if (threads == 1) {
            counts[0] += rest;
            return counts;
        }
        double[] weights = new double[threads];
        double sum = 0;
        for (int t = 1; t < threads; t++) {
            double u = unit(40, t);
            weights[t] = u * u * u;
            sum += weights[t];
        }
        int given = 0;
        for (int t = 1; t < threads; t++) {
            counts[t] = Math.min(LONG_THREAD_REPLIES - 1, (int) (rest * weights[t] / sum));
            given += counts[t];
        }
        for (int t = 1; given < rest; t = t % (threads - 1) + 1) {
            if (counts[t] < LONG_THREAD_REPLIES - 1 || threads < 3) {
                counts[t]++;
                given++;
            }
        }
        return counts;
    }

    String threadTitle(int thread) {
        String subject = Vocabulary.SUBJECTS.get(below(Vocabulary.SUBJECTS.size(), 41, thread));
        return Vocabulary.capitalised(String.format(
                Vocabulary.THREAD_PATTERNS.get(below(Vocabulary.THREAD_PATTERNS.size(), 42, thread)), subject));
    }

    int postAuthor(long post) {
        return below(users, 43, post);
    }
}
