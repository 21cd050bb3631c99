/** E-mail notifications: per-tenant templates per language, an outbox sent after commit with retries. */
package com.helpdesk.platform.notification;
