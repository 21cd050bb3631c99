/**
 * Known fixes (已知解决方案): resolved tickets carried from the transactional outbox to the index
 * agents search by symptom and model while still on the call.
 */
package com.helpdesk.platform.knownfix;
