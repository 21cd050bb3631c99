/** Preventive inspections (巡检): plans per customer or device, generated visits, reports and their clock. */
package com.helpdesk.platform.inspection;
