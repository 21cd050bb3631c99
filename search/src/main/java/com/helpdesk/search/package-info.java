/**
 * Known-fix search on Elasticsearch. The public types of this package are the module's API (the
 * index {@link com.helpdesk.search.KnownFixes}, its documents, queries and results); no
 * elasticsearch-java type appears in them, the package-private classes hold the wire side.
 */
package com.helpdesk.search;
