package com.helpdesk.platform.customer;

import java.util.List;

/** The closed vocabularies of a customer record, as stored and as the API spells them. */
final class CustomerCodes {

    static final List<String> KINDS = List.of("person", "organisation");
    /** General users, special (key) users, group (corporate) users and new-product users. */
    static final List<String> CATEGORIES = List.of("general", "special", "group", "new-product");

    private CustomerCodes() {
    }
}
