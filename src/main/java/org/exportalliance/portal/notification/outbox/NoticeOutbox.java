package org.exportalliance.portal.notification.outbox;

/**
 * Queues a notice for the channels its receivers chose, in the caller's transaction: the notifying statement includes
 * {@link #QUEUE_FOR_PEOPLE}, one insert whatever the robots are doing. {@link OutboxSender} sends it later.
 */
public final class NoticeOutbox {

    /**
     * The insert that queues a notice for each channel of {@code :users} (uuid[]) and of {@code :firm} (or null),
     * with {@code :key}, {@code :args} (text[]), {@code :link} (or null) and {@code :now} bound by the caller, who
     * runs it within a statement of its own (with the notifications it writes).
     */
    public static final String QUEUE_FOR_PEOPLE = OutboxRepository.ENQUEUE_FOR_PEOPLE;

    private NoticeOutbox() {}
}
