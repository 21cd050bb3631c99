/** What a customer is entitled to now (return, exchange, repair, replacement, free or charged) and the rules that decide it. */
package com.helpdesk.tenantadmin.entitlement;
