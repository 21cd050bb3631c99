/** Service partners (服务网点): the regional repair companies a vendor dispatches on-site work to, and who covers which region. */
package com.helpdesk.platform.partner;
