// Connection events: connect, ready, end, error, reconnecting.
//
// Source: redis.io "Connect to the server" (https://redis.io/docs/latest/develop/clients/nodejs/connect/),
// section "Connection events" (the `client.on('error', ...)` snippet; the list of events above it
// is what the added lines print).
// Verbatim except: the added lines below, which create the client and log the other events.
// Server: any Redis.
// ---- added (not in the guide) ----
import { createClient } from 'ferrodis';

const client = createClient();
for (const event of ['connect', 'ready', 'end', 'reconnecting']) {
  client.on(event, () => console.log('event:', event));
}
// ---- end added ----

client.on('error', error => {
    console.error(`Redis client error:`, error);
});

// ---- added (not in the guide) ----
await client.connect();
await client.quit();
// ---- end added ----
