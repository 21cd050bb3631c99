/** What every HTTP exchange shares: problem details for errors and request ids in logs. */
package com.helpdesk.platform.web;
