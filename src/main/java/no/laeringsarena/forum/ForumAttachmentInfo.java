package no.laeringsarena.forum;

/**
 * What a page shows of an attachment (never its bytes): its id for the download address, the post it belongs to
 * ({@code replyId} null for the opening post), the name, the detected type and the size.
 */
public record ForumAttachmentInfo(Long id, Long threadId, Long replyId, String fileName, String mediaType, long size) {

    public boolean image() {
        return ForumFileType.isImage(mediaType);
    }

    /** Size for people: "12 kB", "3.4 MB". */
    public String sizeLabel() {
        if (size < 1024 * 1024) {
            return Math.max(1, Math.round(size / 1024.0)) + " kB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
    }

    /** Download address, relative to the application. */
    public String path() {
        return "/forum/vedlegg/" + id;
    }
}
