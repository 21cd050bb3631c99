/** Small helpers shared by the repositories' plain SQL. */
package com.helpdesk.platform.jdbc;
