package org.exportalliance.portal.request;

import java.util.Arrays;
import java.util.Optional;

/**
 * The files a request takes, known by their first bytes rather than by what the sender says they are: PDF, PNG,
 * JPEG and .xlsx (a ZIP). The schema repeats the list; a file whose bytes are none of these is refused.
 */
enum AttachmentTypes {
    PDF("application/pdf", ".pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", ".png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", ".jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx",
            new byte[] {'P', 'K', 0x03, 0x04});

    static final int MAX_BYTES = 10 * 1024 * 1024;

    final String contentType;
    final String extension;
    private final byte[] magic;

    AttachmentTypes(String contentType, String extension, byte[] magic) {
        this.contentType = contentType;
        this.extension = extension;
        this.magic = magic;
    }

    static Optional<AttachmentTypes> of(byte[] content) {
        return Arrays.stream(values()).filter(t -> content.length >= t.magic.length
                && Arrays.equals(content, 0, t.magic.length, t.magic, 0, t.magic.length)).findFirst();
    }
}
