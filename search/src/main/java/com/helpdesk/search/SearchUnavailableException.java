package com.helpdesk.search;

/**
 * Elasticsearch did not answer or refused the request for a reason of its own (down, overloaded,
 * index missing). Searches can be tried again; writes are retried by the caller's outbox.
 */
public final class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
