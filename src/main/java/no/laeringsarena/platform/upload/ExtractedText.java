package no.laeringsarena.platform.upload;

/**
 * What an accepted upload is and says.
 *
 * @param type      the type detected from the content
 * @param text      its text (plain, whitespace tidied), possibly cut at the character limit
 * @param truncated true when the text was cut
 */
public record ExtractedText(AttachmentType type, String text, boolean truncated) {
}
