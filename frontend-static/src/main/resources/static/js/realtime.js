// Live pushes over STOMP (@stomp/stompjs) at /ws. The token goes in the CONNECT frame (browsers
// cannot set headers on the WebSocket handshake) and is fetched fresh before every (re)connect, so
// a reconnect after an hour still authenticates. Subscriptions are remembered and made again on
// every connect; the connection state is shown to the user, who must know when pops cannot arrive.

const { Client, ReconnectionTimeMode } = globalThis.StompJs;

export function createRealtime(session, onState) {
  const subscriptions = new Map(); // key -> {destination, handler, stomp}
  let attempts = 0;
  let nextKey = 0;
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';

  const client = new Client({
    brokerURL: `${scheme}://${window.location.host}/ws`,
    reconnectDelay: 1000,
    // 1 s, 2 s, 4 s … up to 30 s: a platform restart is not hammered by every desk at once.
    reconnectTimeMode: ReconnectionTimeMode.EXPONENTIAL,
    maxReconnectDelay: 30_000,
    heartbeatIncoming: 10_000,
    heartbeatOutgoing: 10_000,
    beforeConnect: async () => {
      attempts += 1;
      onState(attempts === 1 ? 'connecting' : 'reconnecting', attempts);
      client.connectHeaders = { Authorization: `Bearer ${await session.token()}` };
    },
    onConnect: () => {
      attempts = 0;
      for (const sub of subscriptions.values()) subscribeNow(sub);
      onState('connected', 0);
    },
    onWebSocketClose: () => {
      if (client.active) onState('reconnecting', attempts);
    },
    onStompError: (frame) => {
      console.warn('STOMP error', frame.headers?.message);
    },
  });

  function subscribeNow(sub) {
    sub.stomp = client.subscribe(sub.destination, (message) => {
      let body;
      try {
        body = JSON.parse(message.body);
      } catch {
        return; // not ours to show
      }
      sub.handler(body);
    });
  }

  // The broker sends no heart-beats today, so a dead link is only noticed when the browser says
  // the network went away: drop the connection then (the card must not look live when it is not),
  // and reconnect at once when the network is back instead of waiting out the back-off.
  window.addEventListener('offline', () => {
    if (client.connected) client.forceDisconnect();
    onState('reconnecting', attempts);
  });
  window.addEventListener('online', async () => {
    if (client.connected) return;
    await client.deactivate();
    attempts = 0;
    client.activate();
  });

  return {
    start: () => client.activate(),
    stop: () => client.deactivate(),
    /** Subscribes now (if connected) and after every reconnect; returns the unsubscribe function. */
    subscribe(destination, handler) {
      nextKey += 1;
      const key = nextKey;
      const sub = { destination, handler, stomp: null };
      subscriptions.set(key, sub);
      if (client.connected) subscribeNow(sub);
      return () => {
        subscriptions.delete(key);
        if (client.connected && sub.stomp) sub.stomp.unsubscribe();
      };
    },
    /** Drops the connection as a network failure would (used by the "test reconnect" shortcut). */
    dropConnection: () => client.forceDisconnect(),
  };
}
