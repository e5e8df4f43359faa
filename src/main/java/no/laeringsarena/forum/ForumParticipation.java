package no.laeringsarena.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;

/**
 * What people do with posts beyond writing them: edit their own (moderators any) with the earlier text kept,
 * delete a reply (soft), like posts, vote for ideas, follow threads and categories; and what moderators do with
 * ideas: move them through the status workflow with a reason. Every id is checked through
 * {@link ForumService#thread} against what the caller may read.
 */
@ApplicationScoped
@Transactional
public class ForumParticipation {


    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    ForumService forum;

    @Inject
    ForumNotifier notifier;

    /** Edits the opening post (replyId null: title and text) or a reply (text), keeping the earlier text. */
    @RequiresRole({Role.DELTAKER, Role.KURSHOLDER, Role.REDAKTOR, Role.MODERATOR, Role.LEDER, Role.VIRKSOMHETSADMINISTRATOR,
            Role.SYSTEMADMINISTRATOR})
    public void edit(Long threadId, Long replyId, String title, String body) {
        UserAccount editor = forum.requireAccount();
        ForumViewer viewer = forum.viewer();
        ForumThread thread = readable(threadId);
        OffsetDateTime now = ForumService.now();
        if (replyId == null) {
            if (!ForumRules.canChangePost(thread, thread.getAuthorId(), viewer)) {
                throw new ForumException("forum.error.notAllowed");
            }
            List<String> problems = ForumRules.threadProblems(title, body);
            if (!problems.isEmpty()) {
                throw new ForumException(problems.getFirst());
            }
            String before = thread.getBodyMarkdown();
            if (before.equals(body.strip()) && thread.getTitle().equals(title.strip())) {
                return;
            }
            em.lock(thread, LockModeType.PESSIMISTIC_WRITE);
            em.persist(new PostEdit(thread.getId(), null, editor.getId(), editor.getDisplayName(),
                    "# " + thread.getTitle() + "\n\n" + before, now));
            thread.edit(title.strip(), body.strip(), now);
            logIfModerating(editor, thread.getAuthorId(), ModerationAction.EDIT_POST, thread, null);
            ForumThreadIndexing.threadChanged(em, thread);
            notifier.edited(thread, null, before, body, editor);
        } else {
            ForumReply reply = forum.replyOf(thread, replyId);
            if (reply.isDeleted() || !ForumRules.canChangePost(thread, reply.getAuthorId(), viewer)) {
                throw new ForumException("forum.error.notAllowed");
            }
            List<String> problems = ForumRules.bodyProblems(body);
            if (!problems.isEmpty()) {
                throw new ForumException(problems.getFirst());
            }
            String before = reply.getBodyMarkdown();
            if (before.equals(body.strip())) {
                return;
            }
            em.persist(new PostEdit(thread.getId(), reply.getId(), editor.getId(), editor.getDisplayName(), before, now));
            reply.edit(body.strip(), now);
            logIfModerating(editor, reply.getAuthorId(), ModerationAction.EDIT_POST, thread, reply);
            ForumThreadIndexing.threadChanged(em, thread);
            notifier.edited(thread, reply.getId(), before, body, editor);
        }
    }

    /** The earlier texts of a post, newest first, for anyone who may read the thread. */
    public List<PostEdit> history(Long threadId, Long replyId) {
        ForumThread thread = readable(threadId);
        if (replyId == null) {
            return em.createNamedQuery("PostEdit.ofThreadPost", PostEdit.class).setParameter("thread", thread.getId()).getResultList();
        }
        ForumReply reply = forum.replyOf(thread, replyId);
        if (reply.isHidden() && !forum.viewer().moderator()) {
            throw new ForumException("forum.error.notFound");
        }
        return em.createNamedQuery("PostEdit.ofReply", PostEdit.class).setParameter("reply", reply.getId()).getResultList();
    }

    /** Soft-deletes a reply: its author or a moderator. The reply stays in the thread as "deleted". */
    @RequiresRole({Role.DELTAKER, Role.KURSHOLDER, Role.REDAKTOR, Role.MODERATOR, Role.LEDER, Role.VIRKSOMHETSADMINISTRATOR,
            Role.SYSTEMADMINISTRATOR})
    public void deleteReply(Long threadId, Long replyId) {
        UserAccount user = forum.requireAccount();
        ForumThread thread = readable(threadId);
        ForumReply reply = forum.replyOf(thread, replyId);
        if (reply.isDeleted() || !ForumRules.canChangePost(thread, reply.getAuthorId(), forum.viewer())) {
            throw new ForumException("forum.error.notAllowed");
        }
        reply.delete(user.getId(), ForumService.now());
        logIfModerating(user, reply.getAuthorId(), ModerationAction.DELETE_POST, thread, reply);
        ForumThreadIndexing.threadChanged(em, thread);
    }

    /** Likes the post, or takes the like back; gives whether the caller now likes it. */
    @RequiresRole({Role.DELTAKER, Role.KURSHOLDER, Role.REDAKTOR, Role.MODERATOR, Role.LEDER, Role.VIRKSOMHETSADMINISTRATOR,
            Role.SYSTEMADMINISTRATOR})
    public boolean toggleLike(Long threadId, Long replyId) {
        UserAccount user = forum.requireAccount();
        ForumThread thread = readable(threadId);
        if (!ForumRules.canReact(thread, forum.viewer())) {
            throw new ForumException("forum.error.notAllowed");
        }
        if (replyId != null) {
            ForumReply reply = forum.replyOf(thread, replyId);
            if (reply.isDeleted() || reply.isHidden()) {
                throw new ForumException("forum.error.notAllowed");
            }
        }
        var query = em.createNamedQuery(replyId == null ? "PostLike.findOfThreadPost" : "PostLike.findOfReply", PostLike.class)
                .setParameter("thread", thread.getId()).setParameter("user", user.getId());
        if (replyId != null) {
            query.setParameter("reply", replyId);
        }
        List<PostLike> mine = query.getResultList();
        if (!mine.isEmpty()) {
            mine.forEach(em::remove);
            return false;
        }
        em.persist(new PostLike(thread.getId(), replyId, user.getId(), ForumService.now()));
        return true;
    }

    /** Likes per post of the thread: key 0 for the opening post, else the reply id. */
    public Map<Long, Long> likeCounts(ForumThread thread) {
        Map<Long, Long> counts = new HashMap<>();
        em.createNamedQuery("PostLike.countsInThread", Object[].class).setParameter("thread", thread.getId()).getResultList()
                .forEach(r -> counts.put(r[0] == null ? 0L : ((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return counts;
    }

    /** The posts of the thread the caller likes (0 for the opening post). */
    public Set<Long> myLikes(ForumThread thread) {
        ForumViewer viewer = forum.viewer();
        if (!viewer.loggedIn()) {
            return Set.of();
        }
        Set<Long> mine = new HashSet<>();
        em.createNamedQuery("PostLike.mineInThread", Object.class).setParameter("thread", thread.getId())
                .setParameter("user", viewer.userId()).getResultList().forEach(v -> mine.add(v == null ? 0L : ((Number) v).longValue()));
        return mine;
    }

    /** Votes for an idea, or takes the vote back; gives whether the caller now votes for it. */
    @RequiresRole({Role.DELTAKER, Role.KURSHOLDER, Role.REDAKTOR, Role.MODERATOR, Role.LEDER, Role.VIRKSOMHETSADMINISTRATOR,
            Role.SYSTEMADMINISTRATOR})
    public boolean toggleVote(Long threadId) {
        UserAccount user = forum.requireAccount();
        ForumThread thread = readable(threadId);
        if (!thread.isIdea() || !ForumRules.canReact(thread, forum.viewer())) {
            throw new ForumException("forum.error.notAllowed");
        }
        IdeaVote vote = em.find(IdeaVote.class, new IdeaVote.Key(thread.getId(), user.getId()));
        if (vote != null) {
            em.remove(vote);
            return false;
        }
        em.persist(new IdeaVote(thread.getId(), user.getId(), ForumService.now()));
        return true;
    }

    public long voteCount(ForumThread thread) {
        return em.createNamedQuery("IdeaVote.count", Long.class).setParameter("thread", thread.getId()).getSingleResult();
    }

    /** Votes per idea for a list of threads (ideas without votes are left out). */
    public Map<Long, Long> voteCounts(List<ForumThread> threads) {
        Map<Long, Long> counts = new HashMap<>();
        if (threads.isEmpty()) {
            return counts;
        }
        em.createNamedQuery("IdeaVote.countsIn", Object[].class).setParameter("threads", threads.stream().map(ForumThread::getId).toList())
                .getResultList().forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    public boolean hasVoted(ForumThread thread) {
        ForumViewer viewer = forum.viewer();
        return viewer.loggedIn() && em.find(IdeaVote.class, new IdeaVote.Key(thread.getId(), viewer.userId())) != null;
    }

    /** A moderator moves an idea to its next status with a reason; the author and followers are notified. */
    @RequiresRole({Role.MODERATOR, Role.SYSTEMADMINISTRATOR})
    public void moveIdea(Long threadId, IdeaStatus next, String reason) {
        UserAccount moderator = forum.requireAccount();
        ForumThread thread = readable(threadId);
        em.lock(thread, LockModeType.PESSIMISTIC_WRITE);
        List<String> problems = ForumRules.ideaMoveProblems(thread.getIdeaStatus(), next, reason);
        if (!problems.isEmpty()) {
            throw new ForumException(problems.getFirst());
        }
        thread.moveIdea(next, reason.strip(), ForumService.now());
        forum.log(moderator, ModerationAction.IDEA_STATUS, thread, null, next.name() + ": " + reason.strip());
        notifier.ideaMoved(thread, moderator);
    }

    /** Follows a thread (new replies are notified), or stops following it; gives whether the caller now follows. */
    @RequiresRole({Role.DELTAKER, Role.KURSHOLDER, Role.REDAKTOR, Role.MODERATOR, Role.LEDER, Role.VIRKSOMHETSADMINISTRATOR,
            Role.SYSTEMADMINISTRATOR})
    public boolean toggleFollowThread(Long threadId) {
        UserAccount user = forum.requireAccount();
        ForumThread thread = readable(threadId);
        List<ForumSubscription> mine = em.createNamedQuery("ForumSubscription.mineForThread", ForumSubscription.class)
                .setParameter("user", user.getId()).setParameter("thread", thread.getId()).getResultList();
        if (!mine.isEmpty()) {
            mine.forEach(em::remove);
            return false;
        }
        em.persist(ForumSubscription.toThread(user.getId(), thread.getId(), ForumService.now()));
        return true;
    }

    /** Follows a category (new threads are notified), or stops following it. */
    @RequiresRole({Role.DELTAKER, Role.KURSHOLDER, Role.REDAKTOR, Role.MODERATOR, Role.LEDER, Role.VIRKSOMHETSADMINISTRATOR,
            Role.SYSTEMADMINISTRATOR})
    public boolean toggleFollowCategory(String categoryKey) {
        UserAccount user = forum.requireAccount();
        ForumCategory category = forum.category(categoryKey).orElseThrow(() -> new ForumException("forum.error.notFound"));
        List<ForumSubscription> mine = em.createNamedQuery("ForumSubscription.mineForCategory", ForumSubscription.class)
                .setParameter("user", user.getId()).setParameter("category", category.getId()).getResultList();
        if (!mine.isEmpty()) {
            mine.forEach(em::remove);
            return false;
        }
        em.persist(ForumSubscription.toCategory(user.getId(), category.getId(), ForumService.now()));
        return true;
    }

    public boolean followsThread(ForumThread thread) {
        ForumViewer viewer = forum.viewer();
        return viewer.loggedIn() && !em.createNamedQuery("ForumSubscription.mineForThread", ForumSubscription.class)
                .setParameter("user", viewer.userId()).setParameter("thread", thread.getId()).getResultList().isEmpty();
    }

    public boolean followsCategory(ForumCategory category) {
        ForumViewer viewer = forum.viewer();
        return viewer.loggedIn() && !em.createNamedQuery("ForumSubscription.mineForCategory", ForumSubscription.class)
                .setParameter("user", viewer.userId()).setParameter("category", category.getId()).getResultList().isEmpty();
    }

    /** The sectors an idea can be filed under. */
    public List<no.laeringsarena.taxonomy.TaxonomyTerm> sectors() {
        return em.createNamedQuery("TaxonomyTerm.byKind", no.laeringsarena.taxonomy.TaxonomyTerm.class)
                .setParameter("kind", no.laeringsarena.taxonomy.TermKind.SECTOR).getResultList();
    }

    private ForumThread readable(Long threadId) {
        return forum.thread(threadId).orElseThrow(() -> new ForumException("forum.error.notFound"));
    }

    private void logIfModerating(UserAccount actor, Long authorId, ModerationAction action, ForumThread thread, ForumReply reply) {
        if (authorId == null || !authorId.equals(actor.getId())) {
            forum.log(actor, action, thread, reply, "-");
        }
    }
}
