package org.exportalliance.portal.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Download links whose file is made when clicked (exports, letters, calendars), by the same services the API uses.
 * The file is produced on the request thread of the download, never on a reactive one.
 */
public final class Downloads {

    private static final Logger log = LoggerFactory.getLogger(Downloads.class);

    /** A made file: its name (any script), media type and bytes. */
    public record File(String name, String mediaType, byte[] content) {}

    private Downloads() {}

    /** A link with a download icon; {@code file} runs each time it is clicked. */
    public static Anchor anchor(String id, String text, Supplier<Mono<File>> file) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                File made = file.get().block(UiCalls.FETCH_TIMEOUT);
                if (made == null) {
                    return DownloadResponse.error(404);
                }
                return new DownloadResponse(new ByteArrayInputStream(made.content()), made.name(),
                        made.mediaType(), made.content().length);
            } catch (Refusal refusal) {
                return DownloadResponse.error(refusal.status());
            } catch (RuntimeException e) {
                log.error("Download {} failed", id, e);
                return DownloadResponse.error(500);
            }
        }), "");
        anchor.setId(id);
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create());
        anchor.add(" " + text);
        anchor.addClassName("download-link");
        return anchor;
    }
}
