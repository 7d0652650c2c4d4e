package org.exportalliance.portal.request;

/** How soon a request must be answered: the firm's urgency when filing, the priority staff set on triage. */
public enum Priority {
    URGENT,
    HIGH,
    NORMAL,
    LOW;

    public String messageKey() {
        return "request.priority." + name();
    }
}
