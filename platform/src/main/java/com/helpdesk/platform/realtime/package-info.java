/** Pushes to agents' browsers over STOMP/WebSocket, fanned out to every node through Redis. */
package com.helpdesk.platform.realtime;
