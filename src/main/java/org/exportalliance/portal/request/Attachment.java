package org.exportalliance.portal.request;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.exportalliance.portal.platform.files.GeneratedFile;

/** A file on a request (a PDF, an image, a workbook), without its bytes; {@code internal} ones the firm never sees. */
public record Attachment(UUID id, UUID requestId, String fileName, String contentType, int sizeBytes,
        boolean internal, UUID uploadedBy, OffsetDateTime uploadedAt) {

    /** An attachment with its bytes, for a download. */
    public record File(Attachment attachment, byte[] content) implements GeneratedFile {

        @Override
        public String fileName() {
            return attachment.fileName();
        }

        @Override
        public String mediaType() {
            return attachment.contentType();
        }
    }
}
