/** Complaints on the supervision line (监督电话) as cases: reply clock, escalation up the tiers, links, notes. */
package com.helpdesk.platform.complaint;
