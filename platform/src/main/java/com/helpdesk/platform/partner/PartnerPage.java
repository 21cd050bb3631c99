package com.helpdesk.platform.partner;

import java.util.List;

/** One page of the partner list, {@code page} counting from 0. */
record PartnerPage(List<Partner> items, int page, int size, long total) {
}
