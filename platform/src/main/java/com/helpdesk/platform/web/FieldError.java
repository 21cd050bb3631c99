package com.helpdesk.platform.web;

/** One rejected field of a request, as listed under {@code errors} in a validation problem. */
public record FieldError(String field, String message) {
}
