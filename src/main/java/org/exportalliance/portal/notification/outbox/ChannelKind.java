package org.exportalliance.portal.notification.outbox;

/** Where notices go besides the in-app centre (which is always on). */
public enum ChannelKind {
    EMAIL,
    WECOM,
    DINGTALK
}
