/** The help-desk application: wiring, configuration and the features under it. */
package com.helpdesk.platform;
