/** End-to-end tests of the desk's pages in real headless Chromium against the running platform. */
package com.helpdesk.platform.ui;
