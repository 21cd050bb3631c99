package com.helpdesk.platform.customer;

import java.util.List;
import java.util.UUID;

/** One line of a customer list: enough to recognise the customer and open the archive. */
public record CustomerSummary(UUID id, String kind, String category, String name, List<String> phones) {

    /** One page of a list, {@code page} counting from 0. */
    record Page(List<CustomerSummary> items, int page, int size, long total) {
    }
}
