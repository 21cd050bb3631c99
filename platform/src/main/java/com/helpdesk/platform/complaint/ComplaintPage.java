package com.helpdesk.platform.complaint;

import java.util.List;

/** One page of complaints, newest first; {@code total} counts every match. */
record ComplaintPage(List<ComplaintView> items, int page, int size, long total) {
}
