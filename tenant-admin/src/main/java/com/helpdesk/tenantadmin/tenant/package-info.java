/** Vendors on the platform and their hotline numbers: created by platform admins, tended by their own admins. */
package com.helpdesk.tenantadmin.tenant;
