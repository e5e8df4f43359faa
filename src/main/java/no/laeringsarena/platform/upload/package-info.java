/**
 * Uploads any capability can take (toolbox attachments now; forum and courses later): the limits
 * ({@link no.laeringsarena.platform.upload.UploadPolicy}, from MicroProfile Config), the accepted document types
 * ({@link no.laeringsarena.platform.upload.AttachmentType}), and the bounded text extraction with Apache Tika
 * ({@link no.laeringsarena.platform.upload.TikaTextExtractor}): the type is detected from the bytes, never from the
 * file name; extraction is bounded in size, characters, time, embedded depth and count, so a zip bomb, a hostile or
 * a damaged file is refused with a reason ({@link no.laeringsarena.platform.upload.UploadRejected}) instead of
 * taking the server down. The capability keeps the bytes and the text in its own tables.
 */
package no.laeringsarena.platform.upload;
