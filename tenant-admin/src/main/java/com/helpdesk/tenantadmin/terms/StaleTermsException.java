package com.helpdesk.tenantadmin.terms;

/**
 * A draft edited from a version that is no longer the latest: publishing it would silently undo
 * what was published since. Answered with 409; the editor reloads the terms in force.
 */
public class StaleTermsException extends RuntimeException {

    public StaleTermsException(int editedFrom, int latest) {
        super("These terms were edited from version " + editedFrom + ", but version " + latest
                + " has been published since. Reload and apply your change again.");
    }
}
