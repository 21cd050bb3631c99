/** After the repair: return visits (回访) with their calls and outcomes, and satisfaction surveys by web link, phone or IVR. */
package com.helpdesk.platform.followup;
