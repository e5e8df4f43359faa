package no.laeringsarena.webinar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.laeringsarena.catalog.Slugs;
import no.laeringsarena.forum.ForumCategory;
import no.laeringsarena.forum.ForumException;
import no.laeringsarena.forum.ForumRules;
import no.laeringsarena.forum.ForumService;
import no.laeringsarena.forum.ForumThread;
import no.laeringsarena.forum.ForumViewer;
import no.laeringsarena.identity.AccessDeniedException;
import no.laeringsarena.identity.CallerRoles;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.learningrecord.LearningEvent;
import no.laeringsarena.learningrecord.LearningObject;
import no.laeringsarena.learningrecord.LearningObjectKind;
import no.laeringsarena.learningrecord.LearningVerb;
import no.laeringsarena.platform.web.Messages;
import no.laeringsarena.taxonomy.TaxonomyTerm;
import no.laeringsarena.taxonomy.TaxonomyTerms;
import no.laeringsarena.taxonomy.TermKind;

/**
 * The event planner: a kursholder plans a webinar or an in-person course in the platform, changes it, and cancels it.
 * She may change only the events she planned (a system administrator every planned event); events from the content
 * folder change through their files. Participants are told by mail when the time or place changes or the event is
 * cancelled (with the reason); more seats seat people from the waiting list at once. Every action is one transaction.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Role.KURSHOLDER, Role.REDAKTOR, Role.SYSTEMADMINISTRATOR})
public class EventPlanning {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    CallerRoles callerRoles;

    @Inject
    EventNotices notices;

    @Inject
    WebinarMails mails;

    @Inject
    ForumService forum;

    @Inject
    jakarta.enterprise.event.Event<LearningEvent> learningEvents;

    Clock clock = Clock.systemUTC();

    /** The events the caller planned (a system administrator: all planned in the platform), latest start first. */
    public List<Event> myEvents(long userId) {
        return administers()
                ? em.createNamedQuery("Event.plannedInPlatform", Event.class).getResultList()
                : em.createNamedQuery("Event.plannedBy", Event.class).setParameter("userId", userId).getResultList();
    }

    /** Plans a new event; returns its key. */
    public String create(long userId, EventDraft draft) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<PlanningProblem> problems = new ArrayList<>(EventValidation.problems(draft, now, null, 0));
        TaxonomyTerm sector = term(TermKind.SECTOR, draft.sectorKey(), "sector", problems);
        TaxonomyTerm theme = term(TermKind.THEME, draft.themeKey(), "theme", problems);
        failOn(problems);
        Event event = Event.planned(freeKey(draft.title()), em.find(UserAccount.class, userId));
        event.describe(EventValidation.content(draft), sector, theme);
        em.persist(event);
        em.flush();
        return event.getEventKey();
    }

    /** The saved event for the planner. */
    public Event forEditing(long userId, String key) {
        return editable(userId, key, false);
    }

    /** The saved event as the planner's form shows it. */
    public EventDraft draft(long userId, String key) {
        Event e = editable(userId, key, false);
        return new EventDraft(e.getKind(), e.getTitle(), e.getDescriptionMarkdown(), e.getSpeakers(), e.getAudience(),
                e.getSector() == null ? null : e.getSector().getTermKey(),
                e.getTheme() == null ? null : e.getTheme().getTermKey(), EventValidation.field(e.getStartsAt()),
                EventValidation.field(e.getEndsAt()), EventValidation.field(e.getRegistrationDeadline()),
                e.getCapacity(), e.isWaitingList(), e.getVenue(), e.getAddress(), e.getRoom(), e.getJoinUrl(),
                e.getStatus() != EventStatus.PLANNED);
    }

    /**
     * Saves the changes. A new time or place is mailed to everyone signed up, with the updated calendar file; more
     * seats seat people from the waiting list.
     */
    public void update(long userId, String key, EventDraft draft) {
        Event event = editable(userId, key, true);
        if (event.getStatus() == EventStatus.CANCELLED) {
            throw new PlanningRefused(null, "planning.error.cancelled");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!now.isBefore(event.getEndsAt())) {
            throw new PlanningRefused(null, "planning.error.over");
        }
        List<Registration> active = active(event);
        long seated = active.stream().filter(r -> r.getStatus() == RegistrationStatus.REGISTERED).count();
        List<PlanningProblem> problems = new ArrayList<>(
                EventValidation.problems(draft, now, event.getStartsAt(), seated));
        TaxonomyTerm sector = term(TermKind.SECTOR, draft.sectorKey(), "sector", problems);
        TaxonomyTerm theme = term(TermKind.THEME, draft.themeKey(), "theme", problems);
        if (seated > 0 && draft.kind() != null && draft.kind() != event.getKind()) {
            problems.add(PlanningProblem.of("kind", "planning.error.kindWithParticipants"));
        }
        failOn(problems);
        EventChange.Snapshot before = EventChange.Snapshot.of(event);
        event.describe(EventValidation.content(draft), sector, theme);
        em.flush();
        EventChange.between(before, EventChange.Snapshot.of(event)).ifPresent(change -> notices.notify(event, change));
        for (Registration r : WaitingList.fill(active, event.getCapacity(), now)) {
            learningEvents.fire(new LearningEvent(r.getUser().getId(), LearningVerb.REGISTERED,
                    LearningObject.of(LearningObjectKind.WEBINAR, event.getEventKey(), event.getTitle()), null,
                    null, null, r.getUser().getPreferredLocale(), now));
            mails.seated(r, true);
        }
        em.flush();
        event.seatsTaken(active(event).stream().filter(r -> r.getStatus() == RegistrationStatus.REGISTERED).count());
    }

    /** Cancels the event; everyone signed up is told, with the reason, and their calendars drop it. */
    public void cancel(long userId, String key, String reason) {
        Event event = editable(userId, key, true);
        if (event.getStatus() == EventStatus.CANCELLED) {
            throw new PlanningRefused(null, "planning.error.cancelled");
        }
        if (!OffsetDateTime.now(clock).isBefore(event.getEndsAt())) {
            throw new PlanningRefused(null, "planning.error.over");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 500) {
            throw new PlanningRefused("reason", "planning.error.tooLong", 500);
        }
        event.cancel(why);
        em.flush();
        notices.notify(event, EventChange.CANCELLED);
    }

    /** The forum categories the caller may start a question thread in (open ones, not idea intake). */
    public List<ForumCategory> questionCategories() {
        ForumViewer viewer = forum.viewer();
        return forum.categories().stream()
                .filter(c -> !c.isIdeaCategory() && ForumRules.canStartThread(c, viewer)).toList();
    }

    /**
     * Opens a forum thread in the category where people send questions before the event, started by the caller and
     * linked from the event page. Returns the thread's id.
     */
    public long openQuestions(long userId, String key, String categoryKey, Locale locale) {
        Event event = editable(userId, key, true);
        if (event.getQuestionsThreadId() != null) {
            return event.getQuestionsThreadId();
        }
        if (event.getStatus() == EventStatus.CANCELLED || !OffsetDateTime.now(clock).isBefore(event.getStartsAt())) {
            throw new PlanningRefused(null, "planning.error.questionsTooLate");
        }
        if (categoryKey == null || categoryKey.isBlank()
                || questionCategories().stream().noneMatch(c -> c.getCategoryKey().equals(categoryKey))) {
            throw new PlanningRefused("category", "planning.error.chooseCategory");
        }
        String title = Messages.text(locale, "planning.questions.threadTitle", event.getTitle());
        if (title.length() > 200) {
            title = title.substring(0, 199) + "…";
        }
        String body = Messages.text(locale, "planning.questions.threadBody", event.getTitle(),
                EventWording.when(event, locale), mails.pageUrl(event));
        try {
            ForumThread thread = forum.startThread(categoryKey, title, body, locale.toLanguageTag());
            event.questionsIn(thread.getId());
            return thread.getId();
        } catch (ForumException e) {
            throw new PlanningRefused(null, e.messageKey());
        }
    }

    private Event editable(long userId, String key, boolean lock) {
        var query = em.createNamedQuery("Event.byKey", Event.class).setParameter("key", key == null ? "" : key);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        Event event = query.getResultStream().findFirst()
                .orElseThrow(() -> new PlanningRefused(null, "planning.error.notFound"));
        if (!event.isAuthoredInPlatform()) {
            if (administers()) {
                throw new PlanningRefused(null, "planning.error.fromContent");
            }
            throw new AccessDeniedException("event " + key + " comes from the content folder");
        }
        boolean own = event.getPlannedBy() != null && event.getPlannedBy().getId().longValue() == userId;
        if (!own && !administers()) {
            throw new AccessDeniedException("user " + userId + " did not plan " + key);
        }
        return event;
    }

    private boolean administers() {
        return callerRoles.has(Role.SYSTEMADMINISTRATOR);
    }

    private List<Registration> active(Event event) {
        return em.createNamedQuery("Registration.active", Registration.class).setParameter("eventId", event.getId())
                .getResultList();
    }

    private TaxonomyTerm term(TermKind kind, String key, String field, List<PlanningProblem> problems) {
        if (key == null || key.isBlank()) {
            return null;
        }
        TaxonomyTerm term = TaxonomyTerms.find(em, kind, key);
        if (term == null) {
            problems.add(PlanningProblem.of(field, "planning.error.unknownTerm"));
        }
        return term;
    }

    private String freeKey(String title) {
        String base = Slugs.of(title, 80, "arrangement");
        String key = base;
        for (int n = 2; EventContentType.find(em, key) != null; n++) {
            key = base + "-" + n;
        }
        return key;
    }

    private static void failOn(List<PlanningProblem> problems) {
        if (!problems.isEmpty()) {
            throw new PlanningRefused(problems);
        }
    }
}
