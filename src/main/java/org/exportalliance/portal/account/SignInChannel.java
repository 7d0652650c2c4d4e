package org.exportalliance.portal.account;

/** Where a sign-in comes from: the UI's login form or the API's token endpoint (the metrics' {@code channel} tag). */
public enum SignInChannel {
    UI("ui"),
    API("api");

    private final String tag;

    SignInChannel(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}
