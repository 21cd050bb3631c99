package com.helpdesk.platform.call;

import java.time.Instant;
import java.util.List;

import com.helpdesk.platform.customer.CallerArchive;
import com.helpdesk.platform.customer.CustomerSummary;
import com.helpdesk.platform.ivr.IvrSummary;

/**
 * What an agent's browser receives on {@code /user/queue/pops} while a call rings, is answered
 * and ends: the card is opened by {@code ringing} and updated by the others.
 *
 * @param event         ringing, answered or ended
 * @param callId        the call's id across the platform: {@code server:linkedId}
 * @param caller        the caller's number, E.164 where it could be read as one
 * @param knownCaller   false for a "new caller" card, prefilled with {@code caller}
 * @param archive       the caller archive when the number belongs to exactly one customer
 * @param candidates    the customers sharing the number when several do
 * @param ivr           what the caller did in the IVR (including the ticket it opened), or null
 * @param answeredBy    on {@code answered}: the name of the agent who took the call
 * @param answeredByYou on {@code answered}: whether that is the agent receiving this card
 */
public record ScreenPop(String event, String callId, String did, String caller, boolean knownCaller,
        CallerArchive archive, List<CustomerSummary> candidates, IvrSummary ivr, String answeredBy,
        boolean answeredByYou, Instant at) {

    static final String QUEUE = "pops";
}
