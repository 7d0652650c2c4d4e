package org.exportalliance.portal.request.setup;

/** Working minutes to accept, to take and to resolve a request. */
public record SlaDraft(int accept, int take, int resolve) {

    /** From working hours as a form holds them (0.5 is half an hour), to the minute. */
    public static SlaDraft ofHours(double accept, double take, double resolve) {
        return new SlaDraft(minutes(accept), minutes(take), minutes(resolve));
    }

    private static int minutes(double hours) {
        double minutes = Math.rint(hours * 60);
        return minutes > Integer.MAX_VALUE || minutes < Integer.MIN_VALUE || Double.isNaN(minutes) ? -1
                : (int) minutes;
    }
}
