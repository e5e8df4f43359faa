package no.laeringsarena.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.laeringsarena.audit.AuditEvent;
import no.laeringsarena.audit.AuditEventType;
import no.laeringsarena.audit.AuditLog;
import no.laeringsarena.identity.IdentityService;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.learningrecord.LearningEvent;
import no.laeringsarena.learningrecord.LearningObject;
import no.laeringsarena.learningrecord.LearningObjectKind;
import no.laeringsarena.learningrecord.LearningVerb;

/**
 * What people do in the forum: read categories and threads they may see, start threads, reply, mark a reply as
 * the solution, report posts, ask to join closed categories; and what moderators do: hide, unhide, lock, pin,
 * dismiss reports and approve members, each written to the audit log. The viewer is always taken from the
 * security context, never from the client; every id is checked against what the viewer may read.
 */
@ApplicationScoped
@Transactional
public class ForumService {

    private static final String KEY = "[a-z0-9]+(-[a-z0-9]+)*";

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    SecurityContext security;

    @Inject
    IdentityService identity;

    @Inject
    Event<LearningEvent> learningEvents;

    @Inject
    ForumNotifier notifier;

    /** The caller as the forum rules see them. */
    public ForumViewer viewer() {
        Optional<UserAccount> account = account();
        if (account.isEmpty()) {
            return ForumViewer.GUEST;
        }
        // roles from the account itself: the container's isUserInRole was unreliable under concurrent requests
        boolean moderator = account.get().getRoles().contains(Role.MODERATOR)
                || account.get().getRoles().contains(Role.SYSTEMADMINISTRATOR);
        Set<String> memberOf = new HashSet<>(em.createQuery("SELECT m.category.categoryKey FROM CategoryMembership m WHERE m.userId = :u "
                + "AND m.status = no.laeringsarena.forum.CategoryMembership.Status.APPROVED", String.class)
                .setParameter("u", account.get().getId()).getResultList());
        return new ForumViewer(account.get().getId(), moderator, memberOf);
    }

    /** All categories the caller may read, in order. */
    public List<ForumCategory> categories() {
        ForumViewer viewer = viewer();
        return em.createNamedQuery("ForumCategory.all", ForumCategory.class).getResultStream()
                .filter(c -> ForumRules.canRead(c, viewer)).toList();
    }

    /** A category by key, if the caller may read it. */
    public Optional<ForumCategory> category(String key) {
        if (key == null || !key.matches(KEY)) {
            return Optional.empty();
        }
        ForumViewer viewer = viewer();
        return em.createNamedQuery("ForumCategory.byKey", ForumCategory.class).setParameter("key", key)
                .getResultStream().findFirst().filter(c -> ForumRules.canRead(c, viewer));
    }

    /** A closed category by key whatever the caller's membership, for the "ask to join" notice. */
    public Optional<ForumCategory> closedCategory(String key) {
        if (key == null || !key.matches(KEY)) {
            return Optional.empty();
        }
        return em.createNamedQuery("ForumCategory.byKey", ForumCategory.class).setParameter("key", key)
                .getResultStream().findFirst().filter(ForumCategory::isClosed);
    }

    /** The threads of a readable category: pinned first, then by last activity. */
    public List<ForumThread> threads(ForumCategory category) {
        return em.createNamedQuery("ForumThread.inCategory", ForumThread.class).setParameter("category", category)
                .setParameter("moderator", viewer().moderator()).getResultList();
    }

    /** The threads of a readable category with this tag (stored form, see {@link ForumTags#filter}). */
    public List<ForumThread> threads(ForumCategory category, String tag) {
        return threads(category, tag, 0, Integer.MAX_VALUE);
    }

    /** Threads {@code first} to {@code first + max} of a category (with this tag, or all), in the list's order. */
    public List<ForumThread> threads(ForumCategory category, String tag, int first, int max) {
        var query = tag == null
                ? em.createNamedQuery("ForumThread.inCategory", ForumThread.class)
                : em.createNamedQuery("ForumThread.inCategoryTagged", ForumThread.class).setParameter("tag", tag);
        return query.setParameter("category", category).setParameter("moderator", viewer().moderator())
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** How many threads the caller sees in a category (with this tag, or all). */
    public int threadCount(ForumCategory category, String tag) {
        String jpql = "SELECT COUNT(t) FROM ForumThread t" + (tag == null ? "" : " JOIN t.tags g")
                + " WHERE t.category = :category AND ((t.hidden = FALSE AND t.deletedAt IS NULL) OR :moderator = TRUE)"
                + (tag == null ? "" : " AND g = :tag");
        var query = em.createQuery(jpql, Long.class).setParameter("category", category)
                .setParameter("moderator", viewer().moderator());
        if (tag != null) {
            query.setParameter("tag", tag);
        }
        return query.getSingleResult().intValue();
    }

    /** Threads with this tag in every category the caller may read, latest activity first (at most {@code max}). */
    public List<ForumThread> tagged(String tag, int max) {
        if (tag == null) {
            return List.of();
        }
        ForumViewer viewer = viewer();
        return em.createNamedQuery("ForumThread.tagged", ForumThread.class).setParameter("tag", tag)
                .setParameter("moderator", viewer.moderator()).getResultStream()
                .filter(t -> ForumRules.canRead(t, viewer)).limit(max).toList();
    }

    /** The tags of these threads in one query, by thread id (alphabetically). */
    public Map<Long, List<String>> tagsOf(List<ForumThread> threads) {
        if (threads.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> tags = new HashMap<>();
        for (Object[] row : em.createNamedQuery("ForumThread.tagsOf", Object[].class)
                .setParameter("ids", threads.stream().map(ForumThread::getId).toList()).getResultList()) {
            tags.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        return tags;
    }

    /** The most used tags of a readable category's visible threads, most used first (for the filter). */
    public List<String> popularTags(ForumCategory category, int max) {
        if (!ForumRules.canRead(category, viewer())) {
            return List.of();
        }
        return em.createNamedQuery("ForumThread.tagCounts", Object[].class).setParameter("category", category)
                .setMaxResults(max).getResultStream().map(row -> (String) row[0]).toList();
    }

    /** A moderator replaces a thread's tags (comma separated); logged, and the search document follows. */
    @RequiresRole({Role.MODERATOR, Role.SYSTEMADMINISTRATOR})
    public void retag(Long threadId, String tags) {
        UserAccount moderator = requireAccount();
        ForumTags.Result tagged = ForumTags.parse(tags);
        if (!tagged.ok()) {
            throw new ForumException(tagged.problems().getFirst().messageKey());
        }
        ForumThread thread = thread(threadId).orElseThrow(() -> new ForumException("forum.error.notFound"));
        em.lock(thread, LockModeType.PESSIMISTIC_WRITE);
        List<String> before = thread.getTags();
        thread.retag(tagged.tags());
        if (!before.equals(thread.getTags())) {
            log(moderator, ModerationAction.RETAG_THREAD, thread, null,
                    ForumTags.display(before) + " → " + ForumTags.display(thread.getTags()));
            em.flush();
            ForumThreadIndexing.threadChanged(em, thread);
        }
    }

    /** A thread by id, if the caller may read it (not hidden, not in a closed category they are outside of). */
    public Optional<ForumThread> thread(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        ForumViewer viewer = viewer();
        return Optional.ofNullable(em.find(ForumThread.class, id)).filter(t -> ForumRules.canRead(t, viewer));
    }

    /** The replies of a readable thread the caller may see (moderators also see hidden ones). */
    public List<ForumReply> replies(ForumThread thread) {
        ForumViewer viewer = viewer();
        if (!ForumRules.canRead(thread, viewer)) {
            return List.of();
        }
        return em.createNamedQuery("ForumReply.ofThread", ForumReply.class).setParameter("thread", thread)
                .setParameter("moderator", viewer.moderator()).getResultList();
    }

    @RequiresRole({Role.DELTAKER, Role.KURSHOLDER, Role.REDAKTOR, Role.MODERATOR, Role.LEDER, Role.VIRKSOMHETSADMINISTRATOR,
            Role.SYSTEMADMINISTRATOR})
    public ForumThread startThread(String categoryKey, String title, String body, String language) {
        return startThread(categoryKey, title, body, null, language);
    }

    /**
     * Starts a thread, optionally tagged with a system from "Hvem bruker hva". In an idea category the thread is a
     * project idea with status innmeldt. The author follows their thread; @mentioned people and the category's
     * followers are notified.
     */
    @RequiresRole({Role.DELTAKER, Role.KURSHOLDER, Role.REDAKTOR, Role.MODERATOR, Role.LEDER, Role.VIRKSOMHETSADMINISTRATOR,
            Role.SYSTEMADMINISTRATOR})
    public ForumThread startThread(String categoryKey, String title, String body, String systemName, String language) {
        return startThread(categoryKey, title, body, systemName, null, language);
    }

    /**
     * Starts a thread with free tags (comma separated, see {@link ForumTags}), optionally tagged with a system from
     * "Hvem bruker hva". In an idea category the thread is a project idea with status innmeldt. The author follows
     * their thread; @mentioned people and the category's followers are notified.
     */
    @RequiresRole({Role.DELTAKER, Role.KURSHOLDER, Role.REDAKTOR, Role.MODERATOR, Role.LEDER, Role.VIRKSOMHETSADMINISTRATOR,
            Role.SYSTEMADMINISTRATOR})
    public ForumThread startThread(String categoryKey, String title, String body, String systemName, String tags,
                                   String language) {
        UserAccount author = requireAccount();
        ForumCategory category = category(categoryKey).orElseThrow(() -> new ForumException("forum.error.notFound"));
        ForumViewer viewer = viewer();
        if (!ForumRules.canStartThread(category, viewer)) {
            throw new ForumException("forum.error.notAllowed");
        }
        List<String> problems = ForumRules.threadProblems(title, body);
        if (!problems.isEmpty()) {
            throw new ForumException(problems.getFirst());
        }
        if (systemName != null && systemName.strip().length() > SystemInUse.MAX_TEXT) {
            throw new ForumException("systems.error.tooLong");
        }
        ForumTags.Result tagged = ForumTags.parse(tags);
        if (!tagged.ok()) {
            throw new ForumException(tagged.problems().getFirst().messageKey());
        }
        requireMayPost(author, viewer);
        ForumThread thread = new ForumThread(category, title.strip(), body.strip(), author.getId(),
                author.getDisplayName(), organisationOf(author), now());
        thread.tagSystem(systemName);
        thread.retag(tagged.tags());
        if (category.isIdeaCategory()) {
            thread.startAsIdea(thread.getCreatedAt());
        }
        em.persist(thread);
        em.flush();
        em.persist(ForumSubscription.toThread(author.getId(), thread.getId(), thread.getCreatedAt()));
        ForumThreadIndexing.threadChanged(em, thread);
        notifier.threadStarted(thread, author);
        learningEvents.fire(new LearningEvent(author.getId(), LearningVerb.COMMENTED, threadObject(thread),
                null, null, null, language, thread.getCreatedAt()));
        return thread;
    }

    /** Refuses a suspended user, and a young account that has posted its hourly allowance. */
    private void requireMayPost(UserAccount author, ForumViewer viewer) {
        OffsetDateTime now = now();
        boolean suspended = em.createNamedQuery("Suspension.activeFor", Suspension.class).setParameter("user", author.getId())
                .setParameter("now", now).getResultStream().findAny().isPresent();
        if (suspended) {
            throw new ForumException("forum.error.suspended");
        }
        if (viewer.moderator()) {
            return;
        }
        OffsetDateTime created = em.createQuery("SELECT u.createdAt FROM UserAccount u WHERE u.id = :id", OffsetDateTime.class)
                .setParameter("id", author.getId()).getSingleResult();
        if (created.isBefore(now.minus(ForumRules.NEW_ACCOUNT_PERIOD))) {
            return;
        }
        OffsetDateTime hourAgo = now.minusHours(1);
        long posts = em.createQuery("SELECT count(t) FROM ForumThread t WHERE t.authorId = :u AND t.createdAt > :since", Long.class)
                .setParameter("u", author.getId()).setParameter("since", hourAgo).getSingleResult()
                + em.createQuery("SELECT count(r) FROM ForumReply r WHERE r.authorId = :u AND r.createdAt > :since", Long.class)
                .setParameter("u", author.getId()).setParameter("since", hourAgo).getSingleResult();
        if (ForumRules.postingLimitReached(created, posts, now, false)) {
            throw new ForumException("forum.error.rateLimited");
        }
    }

    @RequiresRole({Role.DELTAKER, Role.KURSHOLDER, Role.REDAKTOR, Role.MODERATOR, Role.LEDER, Role.VIRKSOMHETSADMINISTRATOR,
            Role.SYSTEMADMINISTRATOR})
    public ForumReply reply(Long threadId, String body, Long quotedReplyId, String language) {
        UserAccount author = requireAccount();
        ForumThread thread = thread(threadId).orElseThrow(() -> new ForumException("forum.error.notFound"));
        ForumViewer viewer = viewer();
        if (!ForumRules.canReply(thread, viewer)) {
            throw new ForumException(thread.isLocked() ? "forum.error.locked" : "forum.error.notAllowed");
        }
        List<String> problems = ForumRules.bodyProblems(body);
        if (!problems.isEmpty()) {
            throw new ForumException(problems.getFirst());
        }
        requireMayPost(author, viewer);
        Long quoted = null;
        if (quotedReplyId != null) {
            ForumReply q = em.find(ForumReply.class, quotedReplyId);
            quoted = q != null && q.getThread().getId().equals(thread.getId()) && !q.isHidden() && !q.isDeleted() ? q.getId() : null;
        }
        OffsetDateTime now = now();
        ForumReply reply = new ForumReply(thread, author.getId(), author.getDisplayName(), organisationOf(author),
                body.strip(), quoted, now);
        em.persist(reply);
        em.flush();
        // one row lock, no version check: many people may reply to a thread at the same moment
        em.createNamedQuery("ForumThread.touch").setParameter("now", now).setParameter("id", thread.getId()).executeUpdate();
        em.refresh(thread);
        ForumThreadIndexing.threadChanged(em, thread);
        notifier.replied(thread, reply, author);
        learningEvents.fire(new LearningEvent(author.getId(), LearningVerb.COMMENTED,
                LearningObject.of(LearningObjectKind.POST, "reply-" + reply.getId(), thread.getTitle()),
                threadObject(thread), null, null, language, now));
        return reply;
    }

    /** The asker or a moderator marks a reply of the thread as the solution (or clears it with null). */
    @RequiresRole({Role.DELTAKER, Role.KURSHOLDER, Role.REDAKTOR, Role.MODERATOR, Role.LEDER, Role.VIRKSOMHETSADMINISTRATOR,
            Role.SYSTEMADMINISTRATOR})
    public void markSolved(Long threadId, Long replyId) {
        ForumThread thread = thread(threadId).orElseThrow(() -> new ForumException("forum.error.notFound"));
        if (!ForumRules.canMarkSolved(thread, viewer())) {
            throw new ForumException("forum.error.notAllowed");
        }
        ForumReply reply = replyOf(thread, replyId);
        boolean newlySolved = !reply.getId().equals(thread.getSolvedReplyId());
        thread.markSolved(reply.getId());
        if (newlySolved && reply.getAuthorId() != null && !reply.isDeleted()) {
            // the reply solved someone's question: its author shared a solution with the community
            learningEvents.fire(new LearningEvent(reply.getAuthorId(), LearningVerb.SHARED,
                    LearningObject.of(LearningObjectKind.POST, "reply-" + reply.getId(), thread.getTitle()),
                    threadObject(thread), null, null, null, now()));
        }
    }

    /** Reports the thread itself (replyId null) or one of its replies, with a reason. */
    @RequiresRole({Role.DELTAKER, Role.KURSHOLDER, Role.REDAKTOR, Role.MODERATOR, Role.LEDER, Role.VIRKSOMHETSADMINISTRATOR,
            Role.SYSTEMADMINISTRATOR})
    public PostReport report(Long threadId, Long replyId, String reason) {
        UserAccount reporter = requireAccount();
        ForumThread thread = thread(threadId).orElseThrow(() -> new ForumException("forum.error.notFound"));
        if (!ForumRules.canReport(thread, viewer())) {
            throw new ForumException("forum.error.notAllowed");
        }
        List<String> problems = ForumRules.reasonProblems(reason);
        if (!problems.isEmpty()) {
            throw new ForumException(problems.getFirst());
        }
        ForumReply reply = replyId == null ? null : replyOf(thread, replyId);
        PostReport report = new PostReport(thread, reply, reporter.getId(), reason.strip(), now());
        em.persist(report);
        return report;
    }

    /** Asks to join a closed category; a moderator approves. */
    @RequiresRole({Role.DELTAKER, Role.KURSHOLDER, Role.REDAKTOR, Role.MODERATOR, Role.LEDER, Role.VIRKSOMHETSADMINISTRATOR,
            Role.SYSTEMADMINISTRATOR})
    public void requestMembership(String categoryKey) {
        UserAccount user = requireAccount();
        ForumCategory category = closedCategory(categoryKey).orElseThrow(() -> new ForumException("forum.error.notFound"));
        boolean exists = em.createNamedQuery("CategoryMembership.of", CategoryMembership.class)
                .setParameter("category", category).setParameter("userId", user.getId()).getResultStream().findAny().isPresent();
        if (!exists) {
            em.persist(new CategoryMembership(category, user.getId(), now()));
        }
    }

    /** Open reports, oldest first (moderators). */
    @RequiresRole({Role.MODERATOR, Role.SYSTEMADMINISTRATOR})
    public List<PostReport> openReports() {
        return em.createNamedQuery("PostReport.open", PostReport.class).getResultList();
    }

    /** Join requests waiting for approval (moderators). */
    @RequiresRole({Role.MODERATOR, Role.SYSTEMADMINISTRATOR})
    public List<CategoryMembership> joinRequests() {
        return em.createNamedQuery("CategoryMembership.requested", CategoryMembership.class).getResultList();
    }

    /** The latest audit-log lines (moderators). */
    @RequiresRole({Role.MODERATOR, Role.SYSTEMADMINISTRATOR})
    public List<ModerationLogEntry> auditLog(int max) {
        return em.createNamedQuery("ModerationLogEntry.latest", ModerationLogEntry.class).setMaxResults(max).getResultList();
    }

    /** Approves a join request and logs it. */
    @RequiresRole({Role.MODERATOR, Role.SYSTEMADMINISTRATOR})
    public void approveMembership(Long membershipId, String reason) {
        UserAccount moderator = requireAccount();
        CategoryMembership membership = Optional.ofNullable(membershipId).map(id -> em.find(CategoryMembership.class, id))
                .orElseThrow(() -> new ForumException("forum.error.notFound"));
        membership.approve(moderator.getId());
        ForumThread any = em.createNamedQuery("ForumThread.inCategoryAll", ForumThread.class)
                .setParameter("category", membership.getCategory()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (any != null) {
            log(moderator, ModerationAction.APPROVE_MEMBER, any, null, reason);
        }
    }

    /**
     * A moderator acts on a thread (replyId null) or a reply: hide or unhide either; lock, unlock, pin, unpin,
     * delete (soft, with the reason kept on the thread) or restore a thread; dismiss its open reports. Handles the open reports of the post, logs the action with its reason,
     * and updates the search index in the same transaction.
     */
    /**
     * Moves a thread to another category (it was asked in the wrong place). Idea intake keeps its own threads: a thread
     * is never moved into or out of an idea category, where it has a status workflow. The reason is logged.
     */
    @RequiresRole({Role.MODERATOR, Role.SYSTEMADMINISTRATOR})
    public void moveThread(Long threadId, String categoryKey, String reason) {
        UserAccount moderator = requireAccount();
        List<String> problems = ForumRules.reasonProblems(reason);
        if (!problems.isEmpty()) {
            throw new ForumException(problems.getFirst());
        }
        ForumThread thread = thread(threadId).orElseThrow(() -> new ForumException("forum.error.notFound"));
        em.lock(thread, LockModeType.PESSIMISTIC_WRITE);
        ForumCategory target = category(categoryKey == null ? "" : categoryKey)
                .orElseThrow(() -> new ForumException("forum.error.moveTarget"));
        ForumCategory source = thread.getCategory();
        if (target.getId().equals(source.getId())) {
            throw new ForumException("forum.error.moveTarget");
        }
        if (source.isIdeaCategory() || target.isIdeaCategory()) {
            throw new ForumException("forum.error.moveIdea");
        }
        thread.moveTo(target);
        log(moderator, ModerationAction.MOVE_THREAD, thread, null,
                reason.strip() + " (" + source.getCategoryKey() + " → " + target.getCategoryKey() + ")");
        em.flush();
        ForumThreadIndexing.threadChanged(em, thread);
    }

    @RequiresRole({Role.MODERATOR, Role.SYSTEMADMINISTRATOR})
    public void moderate(ModerationAction action, Long threadId, Long replyId, String reason) {
        UserAccount moderator = requireAccount();
        List<String> problems = ForumRules.reasonProblems(reason);
        if (!problems.isEmpty()) {
            throw new ForumException(problems.getFirst());
        }
        ForumThread thread = thread(threadId).orElseThrow(() -> new ForumException("forum.error.notFound"));
        em.lock(thread, LockModeType.PESSIMISTIC_WRITE);
        ForumReply reply = replyId == null ? null : replyOf(thread, replyId);
        switch (action) {
            case HIDE, UNHIDE -> {
                boolean hidden = action == ModerationAction.HIDE;
                if (reply != null) {
                    reply.setHidden(hidden);
                } else {
                    thread.setHidden(hidden);
                }
            }
            case LOCK, UNLOCK -> thread.setLocked(action == ModerationAction.LOCK);
            case PIN, UNPIN -> thread.setPinned(action == ModerationAction.PIN);
            case DELETE_THREAD, RESTORE_THREAD -> {
                if (reply != null) {
                    throw new ForumException("forum.error.notAllowed");
                }
                if (action == ModerationAction.DELETE_THREAD) {
                    thread.softDelete(moderator.getId(), reason.strip(), now());
                } else {
                    thread.restore();
                }
            }
            case DISMISS_REPORT -> { }
            default -> throw new ForumException("forum.error.notAllowed");
        }
        PostReport.Status outcome = action == ModerationAction.DISMISS_REPORT ? PostReport.Status.DISMISSED : PostReport.Status.HANDLED;
        em.createNamedQuery("PostReport.openFor", PostReport.class).setParameter("thread", thread).getResultStream()
                .filter(r -> reply == null ? r.getReply() == null || action == ModerationAction.DISMISS_REPORT
                        : r.getReply() != null && r.getReply().getId().equals(reply.getId()))
                .forEach(r -> r.close(outcome));
        log(moderator, action, thread, reply, reason);
        em.flush();
        ForumThreadIndexing.threadChanged(em, thread);
    }

    /** A moderator suspends a user from posting for some days (null or 0: until lifted), with a reason. */
    @RequiresRole({Role.MODERATOR, Role.SYSTEMADMINISTRATOR})
    public Suspension suspend(String email, Integer days, String reason) {
        UserAccount moderator = requireAccount();
        List<String> problems = ForumRules.reasonProblems(reason);
        if (!problems.isEmpty()) {
            throw new ForumException(problems.getFirst());
        }
        if (days != null && (days < 0 || days > 3650)) {
            throw new ForumException("forum.suspension.error.days");
        }
        UserAccount user = (email == null ? Optional.<UserAccount>empty() : identity.findByEmail(email.strip()))
                .orElseThrow(() -> new ForumException("forum.suspension.error.unknownUser"));
        if (user.getId().equals(moderator.getId())) {
            throw new ForumException("forum.error.notAllowed");
        }
        OffsetDateTime now = now();
        Suspension suspension = new Suspension(user.getId(), moderator.getId(), reason.strip(), now,
                days == null || days == 0 ? null : now.plusDays(days));
        em.persist(suspension);
        audit.record(AuditEvent.by(moderator.getId(), moderator.getEmail(), AuditEventType.FORUM_SUSPENSION,
                AuditEvent.account(user.getId()), days == null || days == 0 ? "til den oppheves" : days + " dager"));
        return suspension;
    }

    @RequiresRole({Role.MODERATOR, Role.SYSTEMADMINISTRATOR})
    public void liftSuspension(Long suspensionId) {
        Suspension suspension = suspensionId == null ? null : em.find(Suspension.class, suspensionId);
        if (suspension == null) {
            throw new ForumException("forum.error.notFound");
        }
        suspension.lift(now());
        audit.record(AuditEvent.byCaller(AuditEventType.FORUM_SUSPENSION_LIFTED, AuditEvent.account(suspension.getUserId()),
                "suspensjon " + suspension.getId()));
    }

    /** Suspensions in force, with the suspended user's name and e-mail. */
    public record SuspensionLine(Long id, String name, String email, String reason, OffsetDateTime since, OffsetDateTime until) {
    }

    @RequiresRole({Role.MODERATOR, Role.SYSTEMADMINISTRATOR})
    public List<SuspensionLine> activeSuspensions() {
        return em.createNamedQuery("Suspension.active", Suspension.class).setParameter("now", now()).getResultStream()
                .map(s -> {
                    UserAccount u = em.find(UserAccount.class, s.getUserId());
                    return new SuspensionLine(s.getId(), u.getDisplayName(), u.getEmail(), s.getReason(), s.getCreatedAt(),
                            s.getSuspendedUntil());
                }).toList();
    }

    /** Writes a line to the moderation audit log (for the forum's own services). */
    public void log(UserAccount moderator, ModerationAction action, ForumThread thread, ForumReply reply, String reason) {
        em.persist(new ModerationLogEntry(moderator.getId(), action, thread.getId(), reply == null ? null : reply.getId(),
                reason == null || reason.isBlank() ? "-" : reason.strip(), now()));
        audit.record(AuditEvent.by(moderator.getId(), moderator.getEmail(), AuditEventType.FORUM_MODERATION,
                "tråd " + thread.getId() + (reply == null ? "" : ", svar " + reply.getId()), action.name()));
    }

    /** The reply of the thread with this id, or {@code forum.error.notFound}. */
    public ForumReply replyOf(ForumThread thread, Long replyId) {
        ForumReply reply = replyId == null ? null : em.find(ForumReply.class, replyId);
        if (reply == null || !reply.getThread().getId().equals(thread.getId())) {
            throw new ForumException("forum.error.notFound");
        }
        return reply;
    }

    private Optional<UserAccount> account() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? Optional.empty() : identity.findByEmail(principal.getName());
    }

    /** The caller's account, or {@code forum.error.notAllowed} for guests. */
    public UserAccount requireAccount() {
        return account().orElseThrow(() -> new ForumException("forum.error.notAllowed"));
    }

    private static String organisationOf(UserAccount account) {
        return account.getOrganisation() == null ? "-" : account.getOrganisation().getName();
    }

    static LearningObject threadObject(ForumThread thread) {
        return LearningObject.of(LearningObjectKind.THREAD, "thread-" + thread.getId(), thread.getTitle());
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
