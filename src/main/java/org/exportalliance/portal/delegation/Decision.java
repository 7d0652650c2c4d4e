package org.exportalliance.portal.delegation;

/** What staff decide on an application. */
public enum Decision {
    APPROVE,
    WAITLIST,
    REJECT;

    public ApplicationStatus target() {
        return switch (this) {
            case APPROVE -> ApplicationStatus.APPROVED;
            case WAITLIST -> ApplicationStatus.WAITLISTED;
            case REJECT -> ApplicationStatus.REJECTED;
        };
    }

    /** Whether staff may take this decision on an application in {@code status}. */
    public boolean allowedFrom(ApplicationStatus status) {
        return switch (this) {
            case APPROVE -> status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.WAITLISTED;
            case WAITLIST -> status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.APPROVED;
            case REJECT -> status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.WAITLISTED
                    || status == ApplicationStatus.APPROVED || status == ApplicationStatus.OFFERED;
        };
    }
}
