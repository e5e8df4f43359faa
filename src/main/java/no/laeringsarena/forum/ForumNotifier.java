package no.laeringsarena.forum;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.notification.NotificationKind;
import no.laeringsarena.notification.NotificationService;

/**
 * Tells people about forum activity, inside the posting transaction: @mentioned people, the asker and the other
 * followers of a thread (new replies), followers of a category (new threads), and the author and followers of an
 * idea whose status changed. Nobody is told about a post in a closed category they may not read, and nobody twice about the same post.
 */
@Dependent
class ForumNotifier {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    NotificationService notifications;

    void threadStarted(ForumThread thread, UserAccount author) {
        Set<Long> mentioned = mentioned(thread.getBodyMarkdown());
        String link = link(thread, null);
        notifications.notify(readers(thread, mentioned), author.getId(), NotificationKind.MENTION, author.getDisplayName(),
                thread.getTitle(), link);
        Set<Long> followers = new HashSet<>(em.createNamedQuery("ForumSubscription.ofCategory", ForumSubscription.class)
                .setParameter("category", thread.getCategory().getId()).getResultStream().map(ForumSubscription::getUserId).toList());
        followers.removeAll(mentioned);
        notifications.notify(readers(thread, followers), author.getId(), NotificationKind.THREAD_IN_FOLLOWED_CATEGORY,
                author.getDisplayName(), thread.getTitle(), link);
    }

    void replied(ForumThread thread, ForumReply reply, UserAccount author) {
        Set<Long> mentioned = mentioned(reply.getBodyMarkdown());
        String link = link(thread, reply.getId());
        notifications.notify(readers(thread, mentioned), author.getId(), NotificationKind.MENTION, author.getDisplayName(),
                thread.getTitle(), link);
        Set<Long> followers = new HashSet<>(followersOf(thread));
        followers.removeAll(mentioned);
        Long asker = thread.getAuthorId();
        if (asker != null && followers.remove(asker)) {
            notifications.notify(readers(thread, Set.of(asker)), author.getId(), NotificationKind.REPLY_ON_MY_THREAD,
                    author.getDisplayName(), thread.getTitle(), link);
        }
        notifications.notify(readers(thread, followers), author.getId(), NotificationKind.REPLY_IN_FOLLOWED_THREAD,
                author.getDisplayName(), thread.getTitle(), link);
    }

    /** After an edit only people who were not mentioned before are told. */
    void edited(ForumThread thread, Long replyId, String before, String after, UserAccount editor) {
        Set<Long> added = mentioned(after);
        added.removeAll(mentioned(before));
        notifications.notify(readers(thread, added), editor.getId(), NotificationKind.MENTION, editor.getDisplayName(),
                thread.getTitle(), link(thread, replyId));
    }

    void ideaMoved(ForumThread thread, UserAccount moderator) {
        Set<Long> told = new LinkedHashSet<>(followersOf(thread));
        if (thread.getAuthorId() != null) {
            told.add(thread.getAuthorId());
        }
        notifications.notify(readers(thread, told), moderator.getId(), NotificationKind.IDEA_STATUS_CHANGED,
                moderator.getDisplayName(), thread.getTitle(), link(thread, null));
    }

    private List<Long> followersOf(ForumThread thread) {
        return em.createNamedQuery("ForumSubscription.ofThread", ForumSubscription.class).setParameter("thread", thread.getId())
                .getResultStream().map(ForumSubscription::getUserId).toList();
    }

    /** The accounts named by the post's @mentions. */
    Set<Long> mentioned(String markdown) {
        Set<String> candidates = Mentions.allCandidates(markdown);
        if (candidates.isEmpty()) {
            return new HashSet<>();
        }
        List<Object[]> rows = em.createQuery("SELECT u.id, lower(u.displayName) FROM UserAccount u WHERE lower(u.displayName) IN :names",
                Object[].class).setParameter("names", candidates).getResultList();
        Set<String> known = new HashSet<>();
        rows.forEach(r -> known.add((String) r[1]));
        Set<String> names = Mentions.resolve(markdown, known);
        Set<Long> ids = new LinkedHashSet<>();
        rows.stream().filter(r -> names.contains((String) r[1])).forEach(r -> ids.add((Long) r[0]));
        return ids;
    }

    /** Of the given users, those who may read the thread: all of them in an open category. */
    private Set<Long> readers(ForumThread thread, Collection<Long> userIds) {
        Set<Long> result = new LinkedHashSet<>(userIds);
        boolean moderatorsOnly = thread.isHidden() || thread.isDeleted();
        if (result.isEmpty() || !thread.getCategory().isClosed() && !moderatorsOnly) {
            return result;
        }
        Set<Long> allowed = new HashSet<>(em.createQuery("SELECT DISTINCT u.id FROM UserAccount u JOIN u.roles r "
                + "WHERE u.id IN :ids AND r IN :roles", Long.class).setParameter("ids", result)
                .setParameter("roles", List.of(Role.MODERATOR, Role.SYSTEMADMINISTRATOR)).getResultList());
        if (!moderatorsOnly) {
            allowed.addAll(em.createQuery("SELECT m.userId FROM CategoryMembership m WHERE m.category = :category AND m.userId IN :ids "
                    + "AND m.status = no.laeringsarena.forum.CategoryMembership.Status.APPROVED", Long.class)
                    .setParameter("category", thread.getCategory()).setParameter("ids", result).getResultList());
        }
        result.retainAll(allowed);
        return result;
    }

    static String link(ForumThread thread, Long replyId) {
        return "/forum/trad.xhtml?id=" + thread.getId() + (replyId == null ? "" : "#post-" + replyId);
    }
}
