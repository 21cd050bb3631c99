/**
 * Known-fix search on Elasticsearch. This root package is the module's API; no
 * elasticsearch-java type appears in it.
 */
package com.helpdesk.search;
