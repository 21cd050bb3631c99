/** The staff of each tenant as the platform knows them: the users-to-tenant mapping. */
package com.helpdesk.platform.staff;
