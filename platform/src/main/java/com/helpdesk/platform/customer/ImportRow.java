package com.helpdesk.platform.customer;

/**
 * One data row of an import file: a customer, and the device it bought when the row names one.
 *
 * @param row the row's number in the file, the header being row 1
 */
record ImportRow(int row, CustomerDraft customer, DeviceDraft device) {
}
