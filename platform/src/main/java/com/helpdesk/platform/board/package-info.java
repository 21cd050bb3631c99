/** The supervisor board's live view of the agents: who is signed in to the desk and what their phone is doing. */
package com.helpdesk.platform.board;
