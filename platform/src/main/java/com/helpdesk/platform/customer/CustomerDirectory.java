package com.helpdesk.platform.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.helpdesk.tenantadmin.TenantId;

/**
 * What other features may know of a customer: enough to open a ticket for them (name, first
 * number, region of the first address) and the facts of one of their devices.
 */
@Component
public class CustomerDirectory {

    private final CustomerRepository customers;
    private final DeviceRepository devices;

    CustomerDirectory(CustomerRepository customers, DeviceRepository devices) {
        this.customers = customers;
        this.devices = devices;
    }

    public Optional<CustomerFacts> customer(TenantId tenant, UUID id) {
        return customers.find(tenant, id).map(c -> new CustomerFacts(c.id(), c.name(),
                c.phones().isEmpty() ? null : c.phones().getFirst().number(),
                c.addresses().isEmpty() ? null : c.addresses().getFirst().regionCode(),
                c.addresses().isEmpty() ? "" : c.addresses().getFirst().text()));
    }

    /** The device if it is this customer's. */
    public Optional<DeviceFacts> device(TenantId tenant, UUID customer, UUID device) {
        return devices.find(tenant, customer, device).map(d -> new DeviceFacts(d.id(), d.productLine(), d.model(),
                d.serialNumber(), d.purchaseDate()));
    }

    /** The customers who have this number (E.164), their own or a contact's. */
    public List<UUID> withNumber(TenantId tenant, String e164) {
        return customers.byPhone(tenant, e164).stream().map(CustomerSummary::id).toList();
    }

    /** The customer's devices, oldest purchase first. */
    public List<DeviceFacts> devicesOf(TenantId tenant, UUID customer) {
        return devices.ofCustomer(tenant, customer).stream().map(CustomerDirectory::facts).toList();
    }

    /** The one device whose serial number's digits are these, with its owner; empty if none or several. */
    public Optional<OwnedDevice> deviceBySerialDigits(TenantId tenant, String digits) {
        List<DeviceView> found = devices.bySerialDigits(tenant, digits);
        return found.size() == 1
                ? Optional.of(new OwnedDevice(found.getFirst().customerId(), facts(found.getFirst())))
                : Optional.empty();
    }

    private static DeviceFacts facts(DeviceView d) {
        return new DeviceFacts(d.id(), d.productLine(), d.model(), d.serialNumber(), d.purchaseDate());
    }

    public record OwnedDevice(UUID customerId, DeviceFacts device) {
    }

    public record CustomerFacts(UUID id, String name, String phone, String regionCode, String address) {
    }

    public record DeviceFacts(UUID id, String productLine, String model, String serialNumber, LocalDate purchaseDate) {
    }
}
