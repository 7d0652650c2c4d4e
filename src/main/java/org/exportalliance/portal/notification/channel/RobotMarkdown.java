package org.exportalliance.portal.notification.channel;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes notices as a robot's markdown in the receiver's language, within the robot's limit ({@link RobotKind}).
 *
 * <p>One notice is its bold title, its lines and a link back to the portal. When it is too long its text is cut
 * between characters, marked with "…", and the link always stays whole. A digest puts several notices in one message
 * (a burst the outbox batches): a heading with their number, then the notices newest first, as many as fit whole;
 * when not all fit it ends with "and N more" and a link to all of them. Only if the newest alone does not fit is it
 * cut. The fixed words come from the message bundles, which may read files the first time: call these methods off
 * the reactive threads (the outbox runs them on a worker).
 */
@Component
public class RobotMarkdown {

    /** DingTalk's chat list shows the title in one short line. */
    private static final int TITLE_LENGTH = 60;
    private static final String GAP = "\n\n";

    private final MessageSource messages;

    RobotMarkdown(MessageSource messages) {
        this.messages = messages;
    }

    /** One notice as one message. */
    public RobotMessage notice(RobotKind kind, Notice notice, Locale locale) {
        String title = shortTitle(MarkdownText.escape(notice.title()));
        CuttableText text = textOf(notice);
        String open = word("notification.robot.open", locale);
        return new RobotMessage(kind, title, cutToFit(text, pieces -> block(kind, pieces, notice, open),
                markdown -> kind.fits(title, markdown)));
    }

    /**
     * Several notices for one receiver as one message, newest first, ending with "and N more" and a link to
     * {@code allNotices} (the portal's notification centre) when they do not all fit.
     */
    public RobotMessage digest(RobotKind kind, List<Notice> notices, URI allNotices, Locale locale) {
        if (notices.isEmpty()) {
            throw new IllegalArgumentException("a digest has notices");
        }
        if (notices.size() == 1) {
            return notice(kind, notices.getFirst(), locale);
        }
        List<Notice> newestFirst = notices.stream().sorted(Comparator.comparing(Notice::at).reversed()).toList();
        int count = newestFirst.size();
        String heading = MarkdownText.escape(messages.getMessage("notification.robot.digest-title",
                new Object[] {count}, locale));
        String open = word("notification.robot.open", locale);
        Digest digest = new Digest("**" + heading + "**", count, footer(allNotices, locale));

        List<String> blocks = new ArrayList<>();
        for (Notice notice : newestFirst) {
            List<String> more = new ArrayList<>(blocks);
            more.add(block(kind, textOf(notice).whole(), notice, open));
            if (!kind.fits(heading, digest.text(more))) {
                break;
            }
            blocks = more;
        }
        if (blocks.isEmpty()) {
            Notice newest = newestFirst.getFirst();
            blocks.add(cutToFit(textOf(newest), pieces -> block(kind, pieces, newest, open),
                    block -> kind.fits(heading, digest.text(List.of(block)))));
        }
        return new RobotMessage(kind, heading, digest.text(blocks));
    }

    /** A digest's frame: the heading, the blocks, and the footer for the notices left out. */
    private record Digest(String heading, int count, IntFunction<String> footer) {
        String text(List<String> blocks) {
            int left = count - blocks.size();
            return heading + GAP + String.join(GAP, blocks) + (left > 0 ? GAP + footer.apply(left) : "");
        }
    }

    /** "And N more", and the link to all notices. */
    private IntFunction<String> footer(URI allNotices, Locale locale) {
        String seeAll = word("notification.robot.see-all", locale);
        String target = Notice.target(allNotices);
        return left -> MarkdownText.escape(messages.getMessage("notification.robot.more", new Object[] {left}, locale))
                + " [" + seeAll + "](" + target + ")";
    }

    /**
     * The longest form of {@code text} whose rendering fits: all of it, else the most characters, found by halving
     * (a rendering never grows as characters are left out, since the mark is always there).
     */
    private static String cutToFit(CuttableText text, Function<List<String>, String> render,
            Predicate<String> fits) {
        String whole = render.apply(text.whole());
        if (fits.test(whole)) {
            return whole;
        }
        int low = 0;
        int high = text.length() - 1;
        if (!fits.test(render.apply(text.cut(low)))) {
            throw new IllegalStateException("not even the link fits the robot's limit");
        }
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (fits.test(render.apply(text.cut(mid)))) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return render.apply(text.cut(low));
    }

    /** The bold title, the lines, and the link, each on a line of its own. */
    private static String block(RobotKind kind, List<String> pieces, Notice notice, String open) {
        StringBuilder out = new StringBuilder("**").append(pieces.getFirst()).append("**");
        for (String line : pieces.subList(1, pieces.size())) {
            out.append(kind.lineBreak()).append(line);
        }
        return out.append(kind.lineBreak())
                .append('[').append(open).append("](").append(Notice.target(notice.link())).append(')').toString();
    }

    private static CuttableText textOf(Notice notice) {
        List<String> pieces = new ArrayList<>();
        pieces.add(MarkdownText.escape(notice.title()));
        notice.lines().forEach(line -> pieces.add(MarkdownText.escape(line)));
        return new CuttableText(pieces);
    }

    private static String shortTitle(String title) {
        CuttableText text = new CuttableText(List.of(title));
        return text.cut(TITLE_LENGTH).getFirst();
    }

    private String word(String key, Locale locale) {
        return MarkdownText.escape(messages.getMessage(key, null, locale));
    }
}
