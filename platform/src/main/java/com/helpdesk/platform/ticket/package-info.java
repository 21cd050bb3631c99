/**
 * Tickets (服务请求): intake, lifecycle, notes and attachments, the full history, and the SLA clocks
 * that measure each ticket against the terms version in force when it was reported.
 */
package com.helpdesk.platform.ticket;
