package com.helpdesk.tenantadmin.terms;

import tools.jackson.databind.json.JsonMapper;

/**
 * Terms to and from their stored JSON. A mapper of its own, not the web layer's, so that what is
 * stored does not change when the API's JSON settings do.
 */
final class TermsDocuments {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TermsDocuments() {
    }

    static String write(ServiceTerms terms) {
        return JSON.writeValueAsString(terms);
    }

    static ServiceTerms read(String document) {
        return JSON.readValue(document, ServiceTerms.class);
    }
}
