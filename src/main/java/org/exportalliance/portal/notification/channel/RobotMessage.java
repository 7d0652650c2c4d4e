package org.exportalliance.portal.notification.channel;

/**
 * A markdown message for one kind of robot, within its size limit ({@link RobotMarkdown} makes them): the title (what
 * DingTalk's chat list shows; WeCom has none) and the markdown text.
 */
public record RobotMessage(RobotKind kind, String title, String text) {

    public RobotMessage {
        if (!kind.fits(title, text)) {
            throw new IllegalArgumentException("the message is over the " + kind + " robot's limit");
        }
    }

    /** The request body, exactly as sent. */
    public byte[] body() {
        return kind.body(title, text);
    }
}
