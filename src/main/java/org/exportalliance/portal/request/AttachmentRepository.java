package org.exportalliance.portal.request;

import io.r2dbc.spi.Readable;
import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Requests' files, kept in the database with the request they belong to; the firm's reads leave internal ones out. */
@Repository
class AttachmentRepository {

    private static final String COLUMNS =
            "id, request_id, file_name, content_type, size_bytes, internal, uploaded_by, uploaded_at";

    private final DatabaseClient db;

    AttachmentRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> insert(Attachment a, byte[] content) {
        return db.sql("""
                        insert into request_attachment (id, request_id, file_name, content_type, size_bytes, content,
                            internal, uploaded_by, uploaded_at)
                        values (:id, :request, :name, :type, :size, :content, :internal, :by, :at)""")
                .bind("id", a.id()).bind("request", a.requestId()).bind("name", a.fileName())
                .bind("type", a.contentType()).bind("size", a.sizeBytes()).bind("content", ByteBuffer.wrap(content))
                .bind("internal", a.internal()).bind("by", a.uploadedBy()).bind("at", a.uploadedAt())
                .then();
    }

    Flux<Attachment> of(UUID request, boolean internalToo) {
        return db.sql("select " + COLUMNS + " from request_attachment where request_id = :request"
                        + " and (cast(:internal as boolean) or not internal) order by uploaded_at, id")
                .bind("request", request).bind("internal", internalToo)
                .map(AttachmentRepository::attachment).all();
    }

    Mono<Attachment.File> file(UUID request, UUID id, boolean internalToo) {
        return db.sql("select " + COLUMNS + ", content from request_attachment where request_id = :request"
                        + " and id = :id and (cast(:internal as boolean) or not internal)")
                .bind("request", request).bind("id", id).bind("internal", internalToo)
                .map(row -> new Attachment.File(attachment(row), bytes(row.get("content", ByteBuffer.class))))
                .one();
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private static Attachment attachment(Readable row) {
        return new Attachment(row.get("id", UUID.class), row.get("request_id", UUID.class),
                row.get("file_name", String.class), row.get("content_type", String.class),
                row.get("size_bytes", Integer.class), Boolean.TRUE.equals(row.get("internal", Boolean.class)),
                row.get("uploaded_by", UUID.class), row.get("uploaded_at", OffsetDateTime.class));
    }
}
