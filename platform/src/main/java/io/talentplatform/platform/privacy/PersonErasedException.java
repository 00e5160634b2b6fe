package io.talentplatform.platform.privacy;

/** Personal data was about to be written for a person whose data was erased: refused, nothing is written. */
public class PersonErasedException extends IllegalStateException {

    public PersonErasedException(String subject) {
        super("The personal data of " + subject + " was erased; nothing personal can be recorded about them again.");
    }
}
