package com.helpdesk.search;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * The filters every retriever of a search applies: the tenant first and always, then the
 * optional product line and model the agent picked.
 */
final class SearchFilters {

    private SearchFilters() {
    }

    static List<Query> of(KnownFixQuery query) {
        List<Query> filters = new ArrayList<>();
        filters.add(term("tenantId", query.tenantId()));
        if (!query.productLine().isEmpty()) {
            filters.add(term("productLine", query.productLine()));
        }
        if (!query.model().isEmpty()) {
            filters.add(term("model", query.model()));
        }
        return filters;
    }

    static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
