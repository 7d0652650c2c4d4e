package org.exportalliance.portal.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.exportalliance.portal.platform.files.GeneratedFile;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Download links whose file is made when clicked (exports, letters, calendars), by the same services the API uses.
 * The file is made on the download's request thread, never on a reactive one; a refusal answers with its status and
 * its message in the user's language.
 */
public final class Downloads {

    private static final Logger log = LoggerFactory.getLogger(Downloads.class);

    private Downloads() {}

    /** A link with a download icon; {@code file} runs each time it is followed. */
    public static Anchor anchor(String text, Supplier<Mono<? extends GeneratedFile>> file) {
        Anchor anchor = new Anchor();
        anchor.setHref(DownloadHandler.fromInputStream(event -> {
            try {
                GeneratedFile made = file.get().block(UiCalls.FETCH_TIMEOUT);
                if (made == null) {
                    return DownloadResponse.error(404);
                }
                return new DownloadResponse(new ByteArrayInputStream(made.content()), made.fileName(),
                        made.mediaType(), made.content().length);
            } catch (Refusal refusal) {
                return DownloadResponse.error(refusal.status(),
                        anchor.getTranslation(refusal.messageKey(), refusal.args()));
            } catch (RuntimeException e) {
                log.error("A download failed", e);
                return DownloadResponse.error(500);
            }
        }));
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create());
        anchor.add(" " + text);
        anchor.addClassName("download-link");
        return anchor;
    }
}
