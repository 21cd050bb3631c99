package com.helpdesk.platform.realtime;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.stereotype.Component;

/**
 * Hands a push to this node's in-memory broker, which sends it to the matching local sessions. A
 * node delivers its own pushes at once and skips them when Redis echoes them back, so its agents get
 * each push once whether Redis is up, down or its subscription is still coming back.
 */
@Component
class PushDelivery {

    private static final Logger log = LoggerFactory.getLogger(PushDelivery.class);

    private final SimpMessagingTemplate broker;
    private final SimpUserRegistry users;
    /** This node, as named in the pushes it sends; new at every start. */
    private final String node = UUID.randomUUID().toString();

    PushDelivery(SimpMessagingTemplate broker, SimpUserRegistry users) {
        this.broker = broker;
        this.users = users;
    }

    String node() {
        return node;
    }

    /** A push read from Redis: another node's, or this node's own echo, which was delivered when sent. */
    void deliverFromRedis(Push push) {
        if (!node.equals(push.origin())) {
            deliver(push);
        }
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
