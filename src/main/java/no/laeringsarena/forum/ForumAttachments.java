package no.laeringsarena.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import no.laeringsarena.identity.RequiresRole;
import no.laeringsarena.identity.Role;
import no.laeringsarena.identity.UserAccount;
import no.laeringsarena.learningrecord.LearningEvent;
import no.laeringsarena.learningrecord.LearningObject;
import no.laeringsarena.learningrecord.LearningObjectKind;
import no.laeringsarena.learningrecord.LearningVerb;
import no.laeringsarena.platform.upload.ExtractedText;
import no.laeringsarena.platform.upload.UploadPolicy;
import no.laeringsarena.platform.upload.UploadRejected;

/**
 * Files on forum posts: the post's author (or a moderator) attaches pictures and documents, at most
 * {@link ForumRules#MAX_ATTACHMENTS_PER_POST} per post and {@link #maxBytes()} each, typed from their content
 * ({@link ForumFileType}; documents through the platform's Tika extractor, whose text then goes into the thread's
 * search document); the author or a moderator removes them. A file is read only by someone who may read its thread,
 * and its post (a deleted or hidden reply's files go with it).
 */
@ApplicationScoped
@Transactional
public class ForumAttachments {

    @PersistenceContext(unitName = "laeringsarena")
    EntityManager em;

    @Inject
    ForumService forum;

    @Inject
    UploadPolicy uploads;

    @Inject
    Event<LearningEvent> learningEvents;

    /** A file to send to a reader. */
    public record Download(String fileName, String mediaType, boolean image, byte[] content) {
    }

    /** Largest accepted file: the forum's bound or the platform's, whichever is smaller. */
    public long maxBytes() {
        return Math.min(ForumRules.MAX_ATTACHMENT_BYTES, uploads.limits().maxBytes());
    }

    /**
     * Attaches a file to the opening post ({@code replyId} null) or a reply. Throws {@link ForumException} when the
     * caller may not, or the post has its files already; {@link UploadRejected} when the file is empty, too large, of
     * a type not accepted, or unreadable.
     */
    @RequiresRole({Role.DELTAKER, Role.KURSHOLDER, Role.REDAKTOR, Role.MODERATOR, Role.LEDER, Role.VIRKSOMHETSADMINISTRATOR,
            Role.SYSTEMADMINISTRATOR})
    public ForumAttachmentInfo attach(Long threadId, Long replyId, String submittedName, byte[] content) throws UploadRejected {
        UserAccount uploader = forum.requireAccount();
        ForumThread thread = forum.thread(threadId).orElseThrow(() -> new ForumException("forum.error.notFound"));
        ForumReply reply = replyId == null ? null : forum.replyOf(thread, replyId);
        if (reply != null && reply.isDeleted()) {
            throw new ForumException("forum.error.notFound");
        }
        Long authorId = reply == null ? thread.getAuthorId() : reply.getAuthorId();
        if (!ForumRules.canChangePost(thread, authorId, forum.viewer())) {
            throw new ForumException("forum.error.notAllowed");
        }
        em.lock(thread, LockModeType.PESSIMISTIC_WRITE);   // the count below holds against concurrent uploads
        long existing = reply == null
                ? em.createNamedQuery("ForumAttachment.countOnOpeningPost", Long.class).setParameter("thread", thread.getId())
                        .getSingleResult()
                : em.createNamedQuery("ForumAttachment.countOnReply", Long.class).setParameter("thread", thread.getId())
                        .setParameter("reply", reply.getId()).getSingleResult();
        List<String> problems = ForumRules.attachmentProblems(existing);
        if (!problems.isEmpty()) {
            throw new ForumException(problems.getFirst());
        }
        String name = ForumRules.attachmentName(submittedName);
        if (content == null || content.length == 0) {
            throw new UploadRejected(UploadRejected.Reason.EMPTY, name);
        }
        if (content.length > maxBytes()) {
            throw new UploadRejected(UploadRejected.Reason.TOO_LARGE, name + ": " + content.length + " bytes");
        }
        Optional<ForumFileType> picture = ForumFileType.picture(content);
        ForumFileType type;
        String text = null;
        if (picture.isPresent()) {
            type = picture.get();
        } else {
            ExtractedText extracted = uploads.extractor().extract(content, name);
            type = ForumFileType.of(extracted.type());
            text = extracted.text().isBlank() ? null : extracted.text();
        }
        ForumAttachment attachment = new ForumAttachment(thread.getId(), reply == null ? null : reply.getId(), uploader.getId(),
                name, type, content, text, ForumService.now());
        em.persist(attachment);
        em.flush();
        if (text != null) {
            ForumThreadIndexing.threadChanged(em, thread);
        }
        // a file put on a post is shared with everyone who reads the thread
        learningEvents.fire(new LearningEvent(uploader.getId(), LearningVerb.SHARED,
                LearningObject.of(LearningObjectKind.POST, "attachment-" + attachment.getId(), name),
                ForumService.threadObject(thread), null, null, null, attachment.getCreatedAt()));
        return new ForumAttachmentInfo(attachment.getId(), thread.getId(), attachment.getReplyId(), name, type.mediaType(),
                content.length);
    }

    /** The author of the post or a moderator removes a file; a moderator's removal of someone else's file is logged. */
    @RequiresRole({Role.DELTAKER, Role.KURSHOLDER, Role.REDAKTOR, Role.MODERATOR, Role.LEDER, Role.VIRKSOMHETSADMINISTRATOR,
            Role.SYSTEMADMINISTRATOR})
    public void remove(Long attachmentId) {
        UserAccount caller = forum.requireAccount();
        ForumAttachment attachment = attachmentId == null ? null : em.find(ForumAttachment.class, attachmentId);
        if (attachment == null) {
            throw new ForumException("forum.error.notFound");
        }
        ForumThread thread = forum.thread(attachment.getThreadId()).orElseThrow(() -> new ForumException("forum.error.notFound"));
        ForumReply reply = attachment.getReplyId() == null ? null : forum.replyOf(thread, attachment.getReplyId());
        Long authorId = reply == null ? thread.getAuthorId() : reply.getAuthorId();
        ForumViewer viewer = forum.viewer();
        if (!ForumRules.canChangePost(thread, authorId, viewer)) {
            throw new ForumException("forum.error.notAllowed");
        }
        boolean hadText = attachment.getExtractedText() != null;
        em.remove(attachment);
        if (!caller.getId().equals(authorId)) {
            forum.log(caller, ModerationAction.REMOVE_ATTACHMENT, thread, reply, attachment.getFileName());
        }
        em.flush();
        if (hadText) {
            ForumThreadIndexing.threadChanged(em, thread);
        }
    }

    /** The files of a thread the caller may read, on the posts they may see. */
    public List<ForumAttachmentInfo> of(ForumThread thread, List<ForumReply> visibleReplies) {
        if (thread == null || !ForumRules.canRead(thread, forum.viewer())) {
            return List.of();
        }
        List<Long> shown = visibleReplies.stream().filter(r -> !r.isDeleted()).map(ForumReply::getId).toList();
        return em.createNamedQuery("ForumAttachment.ofThread", ForumAttachmentInfo.class).setParameter("thread", thread.getId())
                .getResultStream().filter(a -> a.replyId() == null || shown.contains(a.replyId())).toList();
    }

    /** A file for the caller, if they may read its thread and its post; empty otherwise, as if it did not exist. */
    public Optional<Download> readable(Long attachmentId) {
        ForumAttachment attachment = attachmentId == null ? null : em.find(ForumAttachment.class, attachmentId);
        if (attachment == null) {
            return Optional.empty();
        }
        Optional<ForumThread> thread = forum.thread(attachment.getThreadId());
        if (thread.isEmpty()) {
            return Optional.empty();
        }
        if (attachment.getReplyId() != null) {
            ForumReply reply = em.find(ForumReply.class, attachment.getReplyId());
            if (reply == null || reply.isDeleted() || reply.isHidden() && !forum.viewer().moderator()) {
                return Optional.empty();
            }
        }
        return Optional.of(new Download(attachment.getFileName(), attachment.getMediaType(),
                ForumFileType.isImage(attachment.getMediaType()), attachment.getContent()));
    }
}
