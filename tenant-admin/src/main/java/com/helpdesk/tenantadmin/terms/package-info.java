/** A vendor's versioned service terms: levels, targets per level and region zone, follow-up rules, and their clocks. */
package com.helpdesk.tenantadmin.terms;
