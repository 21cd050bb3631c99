package com.helpdesk.platform.partner;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.helpdesk.tenantadmin.TenantId;

/**
 * Who can take on-site work where: the read side of the service partners, for dispatching and
 * for the partners' own app. Every answer is limited to the given tenant.
 */
@Component
public class PartnerDirectory {

    private final PartnerRepository partners;

    PartnerDirectory(PartnerRepository partners) {
        this.partners = partners;
    }

    /**
     * The active partners covering a region, the most specific first: one listing the district
     * ({@code 110105}) before one listing its city ({@code 110100}) before one listing the
     * province ({@code 110000}); equally specific ones by name.
     *
     * @param regionCode a six-digit administrative division code
     * @throws IllegalArgumentException if {@code regionCode} is not one
     */
    public List<PartnerSuggestion> coveringRegion(TenantId tenant, String regionCode) {
        RegionCode region = new RegionCode(regionCode);
        return PartnerSuggestion.ranked(region, partners.activeListingAny(tenant, region.coveringCodes()));
    }

    /**
     * The active partner a person works for, by Keycloak username (any case). A deactivated
     * partner's people get nothing: deactivating cuts them off at once.
     */
    public Optional<Partner> partnerOfUser(TenantId tenant, String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return partners.activeWithUsername(tenant, username.toLowerCase(Locale.ROOT));
    }

    /** A partner of the tenant, active or not. */
    public Optional<Partner> find(TenantId tenant, UUID id) {
        return partners.find(tenant, id);
    }
}
