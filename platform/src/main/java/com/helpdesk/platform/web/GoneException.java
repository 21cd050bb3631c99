package com.helpdesk.platform.web;

/**
 * What the request names existed but can no longer be used (an expired or used survey link):
 * answered with 410 and a type of its own per reason, so a page can tell the customer which.
 */
public class GoneException extends RuntimeException {

    private final String type;

    /** @param type one of {@link ProblemTypes}' constants */
    public GoneException(String type, String message) {
        super(message);
        this.type = type;
    }

    public String type() {
        return type;
    }
}
