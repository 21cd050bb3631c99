package com.helpdesk.platform.ivr;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.helpdesk.platform.customer.CustomerDirectory;
import com.helpdesk.platform.customer.CustomerDirectory.DeviceFacts;
import com.helpdesk.platform.customer.PhoneNumbers;
import com.helpdesk.telephony.ivr.IvrCaller;
import com.helpdesk.telephony.ivr.NumberMatch;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.TenantProfile;
import com.helpdesk.tenantadmin.TenantStore;
import com.helpdesk.tenantadmin.Violations;

/**
 * Finds the caller among the tenant's customers: by Caller ID or a keyed number (read in the
 * tenant's region, as the archive stores numbers), or by the digits of a device's serial. A number
 * that several customers share (an office line) identifies nobody.
 */
@Component
class IvrCallers {

    private final CustomerDirectory customers;
    private final TenantStore tenants;

    IvrCallers(CustomerDirectory customers, TenantStore tenants) {
        this.customers = customers;
        this.tenants = tenants;
    }

    NumberMatch byNumber(TenantId tenant, String number) {
        TenantProfile profile = tenants.find(tenant).orElseThrow();
        Optional<String> e164 = PhoneNumbers.of(profile).toE164(number, Violations.collect());
        if (e164.isEmpty()) {
            return NumberMatch.none();
        }
        List<UUID> found = customers.withNumber(tenant, e164.get());
        return new NumberMatch(e164.get(), found.size() == 1 ? caller(tenant, found.getFirst(), null) : null);
    }

    Optional<IvrCaller> bySerial(TenantId tenant, String digits) {
        return customers.deviceBySerialDigits(tenant, digits)
            .map(owned -> caller(tenant, owned.customerId(), owned.device().id()));
    }

    private IvrCaller caller(TenantId tenant, UUID customer, UUID matchedDevice) {
        List<IvrCaller.Device> devices = customers.devicesOf(tenant, customer).stream()
            .map(IvrCallers::device)
            .toList();
        return new IvrCaller(customer, devices, matchedDevice);
    }

    private static IvrCaller.Device device(DeviceFacts device) {
        String digits = device.serialNumber().replaceAll("[^0-9]", "");
        return new IvrCaller.Device(device.id(), device.productLine(), device.model(),
                digits.substring(Math.max(0, digits.length() - 4)));
    }
}
