package com.helpdesk.platform.ivr;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.helpdesk.platform.customer.PhoneNumbers;
import com.helpdesk.platform.tenancy.TenantDirectory;
import com.helpdesk.telephony.ivr.IvrLine;
import com.helpdesk.tenantadmin.TenantProfile;
import com.helpdesk.tenantadmin.Violations;

/**
 * The dialled number selects the tenant (hotlines are E.164 and unique across the platform); the
 * tenant's calendar says whether agents are on duty now. A trunk may pass the DID without its
 * plus ({@code 861088886666}) or nationally ({@code 01088886666}), so both readings are tried.
 */
@Component
class IvrLines {

    private final TenantDirectory tenants;
    private final IvrTerms terms;
    private final IvrMenus menus;
    private final Clock clock;

    IvrLines(TenantDirectory tenants, IvrTerms terms, IvrMenus menus, Clock clock) {
        this.tenants = tenants;
        this.terms = terms;
        this.menus = menus;
        this.clock = clock;
    }

    Optional<IvrLine> line(String did) {
        return readings(did).stream()
            .map(tenants::findByHotline)
            .flatMap(Optional::stream)
            .filter(TenantProfile::active)
            .findFirst()
            .map(tenant -> new IvrLine(tenant.id().value(), tenant.slug(),
                    terms.inServiceHours(tenant.id(), clock.instant()), menus.menuOf(tenant.id())));
    }

    /** E.164 readings of the dialled number: as given (China for a national number), and with a plus. */
    static Set<String> readings(String did) {
        Set<String> readings = new LinkedHashSet<>();
        PhoneNumbers.of(null).toE164(did, Violations.collect()).ifPresent(readings::add);
        if (!did.startsWith("+")) {
            PhoneNumbers.of(null).toE164("+" + did, Violations.collect()).ifPresent(readings::add);
        }
        return readings;
    }
}
