/** The customer archive (用户档案): customers, their phones, addresses and devices, and the caller archive read model. */
package com.helpdesk.platform.customer;
