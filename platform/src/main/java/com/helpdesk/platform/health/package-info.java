/** Health of the services the platform depends on, for load balancers and operators. */
package com.helpdesk.platform.health;
