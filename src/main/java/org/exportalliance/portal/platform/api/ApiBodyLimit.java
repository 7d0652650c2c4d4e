package org.exportalliance.portal.platform.api;

import java.time.Duration;

/**
 * How large a request body a route takes, and how long it may take to arrive. JSON routes take the portal's default
 * ({@code portal.api.max-body}, 256 kB, within {@code portal.api.body-timeout}); a route that needs more (a file
 * import) declares a bean of this type with its path pattern, relative to {@code /api} like the routes.
 */
public record ApiBodyLimit(String pathPattern, long maxBytes, Duration timeout) {

    public ApiBodyLimit {
        if (maxBytes < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a body limit needs a positive size and time");
        }
    }

    /** The size as people read it: "256 KB", "10 MB". */
    public String readableSize() {
        return maxBytes % (1024 * 1024) == 0 ? maxBytes / (1024 * 1024) + " MB"
                : maxBytes % 1024 == 0 ? maxBytes / 1024 + " KB" : maxBytes + " B";
    }
}
