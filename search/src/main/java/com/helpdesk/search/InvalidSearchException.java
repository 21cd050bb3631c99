package com.helpdesk.search;

import java.util.List;
import java.util.stream.Collectors;

/** A search the module refuses, with what is wrong with each field; the caller's input, not a fault. */
public final class InvalidSearchException extends IllegalArgumentException {

    private final transient List<Problem> problems;

    public InvalidSearchException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    public record Problem(String field, String message) {
    }
}
