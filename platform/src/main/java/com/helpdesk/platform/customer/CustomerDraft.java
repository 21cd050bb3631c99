package com.helpdesk.platform.customer;

import java.util.ArrayList;
import java.util.List;

import com.helpdesk.tenantadmin.Violations;

/**
 * A new customer as submitted: who, which category, and the numbers, addresses and contacts to reach them.
 * Kind and category default to a general person. Whatever else the body carries (an id, a
 * tenant) is not part of this record and so is never used.
 */
record CustomerDraft(String kind, String category, String name, String notes, List<PhoneDraft> phones,
        List<AddressDraft> addresses, List<ContactDraft> contacts) {

    static final int MAX_NAME = 200;
    static final int MAX_NOTES = 4000;
    static final int MAX_PHONES = 10;
    static final int MAX_ADDRESSES = 10;
    static final int MAX_CONTACTS = 20;

    CustomerDraft {
        kind = kind == null ? "person" : kind;
        category = category == null ? "general" : category;
        notes = TextFields.orEmpty(notes);
        phones = phones == null ? List.of() : new ArrayList<>(phones);
        addresses = addresses == null ? List.of() : new ArrayList<>(addresses);
        contacts = contacts == null ? List.of() : new ArrayList<>(contacts);
    }

    /** This draft with its numbers in E.164; every problem is recorded at {@code at}. */
    CustomerDraft checked(Violations at, PhoneNumbers numbers) {
        checkHeader(at, kind, category, name, notes);
        List<PhoneDraft> e164 = new ArrayList<>();
        if (phones.size() > MAX_PHONES) {
            at.add("phones", "at most " + MAX_PHONES + " numbers");
        }
        for (int i = 0; i < phones.size() && i < MAX_PHONES; i++) {
            PhoneDraft phone = phones.get(i);
            PhoneDraft checked = phone == null ? null : phone.checked(at.at("phones", i), numbers);
            if (phone == null) {
                at.at("phones", i).add("is required");
            }
            if (checked != null && e164.stream().noneMatch(p -> p.number().equals(checked.number()))) {
                e164.add(checked);
            }
        }
        if (addresses.size() > MAX_ADDRESSES) {
            at.add("addresses", "at most " + MAX_ADDRESSES + " addresses");
        }
        for (int i = 0; i < addresses.size() && i < MAX_ADDRESSES; i++) {
            if (at.at("addresses", i).require("", addresses.get(i))) {
                addresses.get(i).check(at.at("addresses", i));
            }
        }
        if (contacts.size() > MAX_CONTACTS) {
            at.add("contacts", "at most " + MAX_CONTACTS + " contacts");
        }
        List<ContactDraft> checkedContacts = new ArrayList<>();
        for (int i = 0; i < contacts.size() && i < MAX_CONTACTS; i++) {
            if (at.at("contacts", i).require("", contacts.get(i))) {
                checkedContacts.add(contacts.get(i).checked(at.at("contacts", i), numbers));
            }
        }
        return new CustomerDraft(kind, category, name, notes, e164, addresses, checkedContacts);
    }

    /** The checks shared with {@link CustomerChange}. */
    static void checkHeader(Violations at, String kind, String category, String name, String notes) {
        TextFields.oneOf(at, "kind", kind, CustomerCodes.KINDS);
        TextFields.oneOf(at, "category", category, CustomerCodes.CATEGORIES);
        TextFields.required(at, "name", name, MAX_NAME);
        TextFields.optional(at, "notes", notes, MAX_NOTES, true);
    }
}
