package org.exportalliance.portal.platform.api;

import java.io.ByteArrayOutputStream;
import java.util.function.Supplier;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.reactive.function.server.ServerRequest;
import reactor.core.publisher.Mono;

/**
 * A raw request body (an uploaded file) as bytes, kept up to {@code maxBytes}. A larger body is still read to its
 * end up to four times the limit, so that the refusal reaches the client instead of a closed connection; past that
 * the reading stops. The route declares its size with an {@link ApiBodyLimit} bean.
 */
public final class RawBodies {

    private RawBodies() {}

    public static Mono<byte[]> read(ServerRequest request, long maxBytes, Supplier<RuntimeException> tooLarge) {
        return request.bodyToFlux(DataBuffer.class)
                .reduce(new Kept(maxBytes, tooLarge), Kept::add)
                .defaultIfEmpty(new Kept(maxBytes, tooLarge))
                .map(Kept::bytes);
    }

    private static final class Kept {

        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final long max;
        private final Supplier<RuntimeException> tooLarge;
        private long total;

        Kept(long max, Supplier<RuntimeException> tooLarge) {
            this.max = max;
            this.tooLarge = tooLarge;
        }

        Kept add(DataBuffer buffer) {
            try {
                int n = buffer.readableByteCount();
                total += n;
                if (total > 4 * max) {
                    throw tooLarge.get();
                }
                if (total <= max) {
                    byte[] chunk = new byte[n];
                    buffer.read(chunk);
                    kept.writeBytes(chunk);
                }
                return this;
            } finally {
                DataBufferUtils.release(buffer);
            }
        }

        byte[] bytes() {
            if (total > max) {
                throw tooLarge.get();
            }
            return kept.toByteArray();
        }
    }
}
