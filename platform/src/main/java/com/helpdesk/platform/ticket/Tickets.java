package com.helpdesk.platform.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.helpdesk.platform.customer.CustomerDirectory;
import com.helpdesk.platform.customer.CustomerDirectory.CustomerFacts;
import com.helpdesk.platform.customer.CustomerDirectory.DeviceFacts;
import com.helpdesk.platform.customer.PhoneNumbers;
import com.helpdesk.platform.staff.StaffDirectory;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.platform.web.NotFoundException;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.TenantProfile;
import com.helpdesk.tenantadmin.Violations;
import com.helpdesk.tenantadmin.terms.TargetKind;

/**
 * Opening and reading tickets. Opening fixes the terms version in force and starts the clocks it
 * promises, all in one transaction with the ticket, its first history entry and its alarm.
 */
@Service
public class Tickets {

    private final TenantTransactions transactions;
    private final TicketRepository tickets;
    private final ClockRepository clocks;
    private final TicketHistory history;
    private final TicketNotes notes;
    private final TicketTerms terms;
    private final CustomerDirectory customers;
    private final StaffDirectory staff;
    private final SlaAlarms alarms;
    private final TicketPushes pushes;
    private final Clock clock;

    Tickets(TenantTransactions transactions, TicketRepository tickets, ClockRepository clocks, TicketHistory history,
            TicketNotes notes, TicketTerms terms, CustomerDirectory customers, StaffDirectory staff, SlaAlarms alarms,
            TicketPushes pushes, Clock clock) {
        this.transactions = transactions;
        this.tickets = tickets;
        this.clocks = clocks;
        this.history = history;
        this.notes = notes;
        this.terms = terms;
        this.customers = customers;
        this.staff = staff;
        this.alarms = alarms;
        this.pushes = pushes;
        this.clock = clock;
    }

    /**
     * Opens a ticket. An agent who takes the report on the phone is the vendor's first contact, so
     * a phone ticket starts acknowledged, its first response met and its resolve clock running.
     */
    public TicketDetail open(TenantProfile tenant, TicketIntake intake, Actor actor) {
        TenantId tenantId = tenant.id();
        Instant now = clock.instant();
        ClockPlanner planner = terms.current(tenantId);
        Violations violations = Violations.collect();
        CustomerFacts customer = knownCustomer(tenantId, intake.customerId(), violations);
        DeviceFacts device = knownDevice(tenantId, customer, intake.deviceId(), violations);
        if (intake.assigneeId() != null && !staff.isStaff(tenantId, intake.assigneeId())) {
            violations.add("assigneeId", "names nobody on this vendor's staff");
        }
        TicketIntake.Checked checked = intake.check(violations, planner.terms().terms(), PhoneNumbers.of(tenant),
                customer, device, LocalDate.ofInstant(now, tenant.timeZone()));
        violations.throwIfAny();

        boolean onThePhone = checked.channel() == Channel.PHONE;
        Instant firstContact = onThePhone ? now : null;
        List<SlaClock> started = new ArrayList<>();
        for (SlaClock c : planner.atReport(checked.severity(), checked.regionCode(), now)) {
            started.add(onThePhone && c.kind() == TargetKind.FIRST_RESPONSE ? c.met(now) : c);
        }
        if (onThePhone) {
            started.addAll(planner.resolveClock(checked.severity(), now, List.of()));
        }
        int termsVersion = planner.terms().terms().version();
        Ticket ticket = transactions.call(tenantId, () -> {
            Ticket t = new Ticket(UUID.randomUUID(), tickets.nextNumber(),
                    onThePhone ? TicketStatus.ACKNOWLEDGED : TicketStatus.NEW, null, checked.severity(),
                    checked.channel(), termsVersion, checked.customerId(), checked.deviceId(), checked.callerName(),
                    checked.callerPhone(), checked.regionCode(), checked.address(), checked.productLine(),
                    checked.serialNumber(), checked.purchaseDate(), checked.problem(), checked.assigneeId(), null, "",
                    now, firstContact, null, null, 0, now, now);
            tickets.insert(tenantId, t, actor.id());
            clocks.insert(tenantId, t.id(), started);
            history.record(tenantId, t.id(), now, actor, "opened", Map.of("status", t.status().value(),
                    "severity", t.severity(), "channel", t.channel().value(), "termsVersion", termsVersion));
            alarms.arm(tenantId, t.id(), SlaClock.nextAlarm(started));
            pushes.changed(tenantId, TicketChange.of("opened", t, now, ""));
            return t;
        });
        return new TicketDetail(ticket, started.stream().map(c -> ClockView.of(c, now)).toList(), List.of(),
                List.of());
    }

    public TicketDetail read(TenantId tenant, UUID id) {
        Instant now = clock.instant();
        return transactions.call(tenant, () -> {
            Ticket ticket = tickets.find(tenant, id).orElseThrow(() -> new NotFoundException("Ticket", id));
            return new TicketDetail(ticket, clocks.ofTicket(tenant, id).stream().map(c -> ClockView.of(c, now))
                .toList(), notes.of(tenant, id), notes.attachments(tenant, id));
        });
    }

    public Optional<Ticket> find(TenantId tenant, UUID id) {
        return transactions.call(tenant, () -> tickets.find(tenant, id));
    }

    public Optional<Ticket> byNumber(TenantId tenant, long number) {
        return transactions.call(tenant, () -> tickets.findByNumber(tenant, number));
    }

    /** The customer's open tickets with their clocks, newest first, for the caller archive. */
    public List<TicketDetail> openOfCustomer(TenantId tenant, UUID customer, int limit) {
        Instant now = clock.instant();
        return transactions.call(tenant, () -> tickets.openOfCustomer(tenant, customer, limit).stream()
            .map(t -> new TicketDetail(t, clocks.ofTicket(tenant, t.id()).stream()
                .filter(SlaClock::running).map(c -> ClockView.of(c, now)).toList(), List.of(), List.of()))
            .toList());
    }

    TicketPage list(TenantId tenant, TicketFilter filter, int page, int size) {
        Instant now = clock.instant();
        return transactions.call(tenant, () -> tickets.list(tenant, filter, now, page, size));
    }

    List<TicketHistory.Entry> history(TenantId tenant, UUID id) {
        return transactions.call(tenant, () -> {
            tickets.find(tenant, id).orElseThrow(() -> new NotFoundException("Ticket", id));
            return history.of(tenant, id);
        });
    }

    public TicketNotes.Note addNote(TenantId tenant, UUID id, boolean internal, String body, Actor author) {
        Instant now = clock.instant();
        return transactions.call(tenant, () -> {
            tickets.find(tenant, id).orElseThrow(() -> new NotFoundException("Ticket", id));
            TicketNotes.Note note = notes.add(tenant, id, author, internal, body, now);
            history.record(tenant, id, now, author, internal ? "comment" : "note", Map.of("note", note.id()));
            return note;
        });
    }

    public TicketNotes.Attachment attach(TenantId tenant, UUID id, AttachmentDraft.Checked draft, Actor by) {
        Instant now = clock.instant();
        return transactions.call(tenant, () -> {
            tickets.find(tenant, id).orElseThrow(() -> new NotFoundException("Ticket", id));
            TicketNotes.Attachment attachment = notes.attach(tenant, id, draft, by, now);
            history.record(tenant, id, now, by, "attachment", Map.of("attachment", attachment.id(), "fileName",
                    attachment.fileName()));
            return attachment;
        });
    }

    private CustomerFacts knownCustomer(TenantId tenant, UUID id, Violations violations) {
        if (id == null) {
            return null;
        }
        Optional<CustomerFacts> found = customers.customer(tenant, id);
        if (found.isEmpty()) {
            violations.add("customerId", "names no customer of this vendor");
        }
        return found.orElse(null);
    }

    private DeviceFacts knownDevice(TenantId tenant, CustomerFacts customer, UUID id, Violations violations) {
        if (id == null) {
            return null;
        }
        if (customer == null) {
            violations.add("deviceId", "needs the customerId of the device's owner");
            return null;
        }
        Optional<DeviceFacts> found = customers.device(tenant, customer.id(), id);
        if (found.isEmpty()) {
            violations.add("deviceId", "names no device of this customer");
        }
        return found.orElse(null);
    }
}
