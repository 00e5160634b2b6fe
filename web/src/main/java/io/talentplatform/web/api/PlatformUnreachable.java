package io.talentplatform.web.api;

/** The platform's API did not answer at all (down, or not reachable from the pages). */
public class PlatformUnreachable extends RuntimeException {

    public PlatformUnreachable(String message, Throwable cause) {
        super(message, cause);
    }
}
