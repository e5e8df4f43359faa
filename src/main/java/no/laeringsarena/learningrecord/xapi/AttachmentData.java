package no.laeringsarena.learningrecord.xapi;

/** The raw data of an attachment, as received in a multipart/mixed part or kept by the LRS; sha2 in lower case. */
public record AttachmentData(String sha2, String contentType, byte[] content) {
}
