// Production usage, handling reconnections: a reconnectStrategy callback that gives up after 20
// attempts (returning an Error) and otherwise waits retries * 500 ms.
//
// Source: the redis.io "Node.js guide", section "Production usage > Handling reconnections", as
// published before the guide was split into pages (github.com/redis/redis-doc
// docs/connect/clients/nodejs.md). That text also gives the default strategy as
// `Math.min(retries * 50, 500)`, which ferrodis follows (see DESIGN.md).
// Verbatim except: `import { createClient } from 'ferrodis';`, which the guide leaves out.
// Server: any Redis.
import { createClient } from 'ferrodis';

const client = createClient({
  socket: {
    reconnectStrategy: function(retries) {
        if (retries > 20) {
            console.log("Too many attempts to reconnect. Redis connection was terminated");
            return new Error("Too many retries.");
        } else {
            return retries * 500;
        }
    }
  }
});
client.on('error', error => {
    console.error(`Redis client error: ${error}`)
});

// ---- added (not in the guide): drop the connection once and watch the client reconnect ----
client.on('reconnecting', () => console.log('reconnecting'));
await client.connect();
const reconnected = new Promise(resolve => client.once('ready', resolve));
const id = await client.sendCommand(['CLIENT', 'ID']);
await client.sendCommand(['CLIENT', 'KILL', 'ID', String(id), 'SKIPME', 'no']); // the server drops us
await reconnected;
console.log('after reconnect:', await client.ping());
await client.quit();
// ---- end added ----
