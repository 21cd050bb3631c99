/** The append-only record of who did what in a tenant. */
package com.helpdesk.platform.audit;
