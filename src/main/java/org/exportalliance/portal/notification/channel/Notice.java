package org.exportalliance.portal.notification.channel;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One notice for a robot, already in the receiver's language: a title, lines of body text, the page of the portal it
 * is about, and when it happened (a digest lists the newest first). Title and lines are plain text, whatever a person
 * typed into them; {@link RobotMarkdown} escapes them and adds the markup.
 */
public record Notice(String title, List<String> lines, URI link, Instant at) {

    /** Longer links are no portal page; a robot's limit must always leave room for text beside the link. */
    static final int MAX_LINK_LENGTH = 1000;

    public Notice {
        lines = List.copyOf(lines);
        target(link);
    }

    /**
     * {@code link} as a markdown link target: an absolute http(s) address, ASCII only, with the characters that would
     * end the target ({@code ( ) < >} and spaces; all but the parentheses are already encoded in a URI's ASCII form)
     * percent-encoded.
     */
    static String target(URI link) {
        String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
        String ascii = link.toASCIIString();
        if (!link.isAbsolute() || !(scheme.equals("https") || scheme.equals("http"))
                || ascii.length() > MAX_LINK_LENGTH) {
            throw new IllegalArgumentException("a notice links to a page of the portal (absolute http(s), short)");
        }
        return ascii.replace("(", "%28").replace(")", "%29");
    }
}
