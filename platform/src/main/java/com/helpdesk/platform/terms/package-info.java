/** Storage of vendors' published service terms, and the demo vendors' terms. */
package com.helpdesk.platform.terms;
