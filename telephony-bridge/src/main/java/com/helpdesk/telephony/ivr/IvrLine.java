package com.helpdesk.telephony.ivr;

import java.util.Objects;
import java.util.UUID;

/**
 * A tenant's hotline as the IVR serves it.
 *
 * @param tenant          the tenant owning the dialled number
 * @param queue           the Asterisk queue of the tenant's agents, which the dialplan's Queue() takes
 * @param inServiceHours  whether the tenant's calendar is open now; outside, agents are not offered
 *                        and a report is taken with a callback promise instead
 * @param menu            the tenant's menu, or the default one
 */
public record IvrLine(UUID tenant, String queue, boolean inServiceHours, IvrMenu menu) {

    public IvrLine {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(menu, "menu");
    }
}
