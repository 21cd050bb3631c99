package com.helpdesk.platform.customer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.helpdesk.tenantadmin.TenantProfile;
import com.helpdesk.tenantadmin.Violations;

/**
 * Who is calling: the caller's number as Asterisk reports it, normalised in the tenant's region and
 * looked up among customers' and contacts' numbers. One match brings the whole caller archive; a
 * shared number (an office line) brings the candidates for the agent to choose from.
 */
@Component
public class CallerLookup {

    private final CustomerRepository customers;
    private final CallerArchives archives;

    CallerLookup(CustomerRepository customers, CallerArchives archives) {
        this.customers = customers;
        this.archives = archives;
    }

    public CallerMatch byNumber(TenantProfile tenant, String callerId) {
        Optional<String> number = callerId == null || callerId.isBlank() ? Optional.empty()
                : PhoneNumbers.of(tenant).toE164(callerId, Violations.collect());
        if (number.isEmpty()) {
            return new CallerMatch(callerId == null ? "" : callerId, null, List.of());
        }
        List<CustomerSummary> found = customers.byPhone(tenant.id(), number.get());
        CallerArchive archive = found.size() == 1 ? archives.of(tenant.id(), found.getFirst().id()) : null;
        return new CallerMatch(number.get(), archive, found.size() > 1 ? found : List.of());
    }

    public Optional<CallerArchive> archive(TenantProfile tenant, UUID customer) {
        return customers.find(tenant.id(), customer).map(c -> archives.of(tenant.id(), customer));
    }

    /**
     * @param number     the caller's number, E.164 when it could be read as one
     * @param archive    the caller archive when exactly one customer has the number, else null
     * @param candidates the customers sharing the number when there are several
     */
    public record CallerMatch(String number, CallerArchive archive, List<CustomerSummary> candidates) {

        public boolean known() {
            return archive != null;
        }

        public UUID customerId() {
            return archive == null ? null : archive.customer().id();
        }
    }
}
