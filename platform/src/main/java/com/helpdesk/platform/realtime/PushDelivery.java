package com.helpdesk.platform.realtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.stereotype.Component;

/** Hands a push to this node's in-memory broker, which sends it to the matching local sessions. */
@Component
class PushDelivery {

    private static final Logger log = LoggerFactory.getLogger(PushDelivery.class);

    private final SimpMessagingTemplate broker;
    private final SimpUserRegistry users;

    PushDelivery(SimpMessagingTemplate broker, SimpUserRegistry users) {
        this.broker = broker;
        this.users = users;
    }

    void deliver(Push push) {
        if (push.user() == null) {
            broker.convertAndSend(push.destination(), push.payload());
            return;
        }
        SimpUser user = users.getUser(push.user().toString());
        if (user == null) {
            return; // no session of this agent on this node
        }
        // The user id alone names the recipient; its sessions must also belong to the push's tenant.
        if (!(user.getPrincipal() instanceof StompStaff staff) || !staff.tenant().equals(push.tenantId())) {
            log.warn("Dropped a push for user {} of another tenant than {}", push.user(), push.tenant());
            return;
        }
        broker.convertAndSendToUser(push.user().toString(), push.destination(), push.payload());
    }
}
