/** Which vendor a request belongs to, and the database transactions that enforce it. */
package com.helpdesk.platform.tenancy;
