package org.exportalliance.portal.logistics.traveller;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.pdf.BaseFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The CJK-capable TrueType font the invitation letters embed (as a subset), so Chinese and Latin names render on any
 * reader. It comes from the operating system: Debian's {@code fonts-wqy-microhei} (or one of the other packages
 * below), or the file {@code portal.letters.font} names. Without one the portal still runs; letters are refused with
 * a message saying what to install, and the start logs a warning.
 */
@Component
class LetterFont {

    /** Debian/Ubuntu packages' TrueType CJK fonts, most suitable first; all cover Latin letters too. */
    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",   // fonts-wqy-microhei
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",     // fonts-wqy-zenhei
            "/usr/share/fonts/truetype/arphic/uming.ttc");      // fonts-arphic-uming
    static final String INSTALL_HINT = "install Debian's fonts-wqy-microhei (apt-get install fonts-wqy-microhei) or "
            + "set PORTAL_LETTERS_FONT to a TrueType font (.ttf/.ttc) with Chinese glyphs";
    private static final Logger log = LoggerFactory.getLogger(LetterFont.class);

    private final @Nullable Path path;
    private volatile @Nullable BaseFont font;

    LetterFont(Environment env) {
        String configured = env.getProperty("portal.letters.font", "").strip();
        this.path = configured.isEmpty() ? find(CANDIDATES) : Path.of(configured);
    }

    static @Nullable Path find(List<String> candidates) {
        return candidates.stream().map(Path::of).filter(Files::isReadable).findFirst().orElse(null);
    }

    Optional<Path> path() {
        return Optional.ofNullable(path).filter(Files::isReadable);
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfMissing() {
        if (path().isEmpty()) {
            log.warn("Visa invitation letters are unavailable: no CJK font found{}; {}",
                    path == null ? "" : " at " + path, INSTALL_HINT);
        }
    }

    /** The font, read once (this reads a file: call it off the reactive threads). */
    BaseFont load() {
        BaseFont loaded = font;
        if (loaded != null) {
            return loaded;
        }
        synchronized (this) {
            if (font == null) {
                Path file = path().orElseThrow(LetterFontMissing::new);
                String name = file.toString() + (file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")
                        ? ",0" : "");
                try {
                    font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (IOException | RuntimeException e) {
                    log.warn("Cannot read the letter font {}: {}", file, e.getMessage());
                    throw new LetterFontMissing();
                }
            }
            return font;
        }
    }
}
