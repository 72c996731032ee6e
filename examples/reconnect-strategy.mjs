// A custom reconnectStrategy: exponential backoff (2^retries * 50 ms, at most 3000 ms) plus
// 0-100 ms of jitter.
//
// Source: redis.io "Connect to the server" (https://redis.io/docs/latest/develop/clients/nodejs/connect/),
// section "Reconnect after disconnection".
// Verbatim except: the import (from 'ferrodis') and `const client =` in front of the guide's bare
// `createClient(...)` call.
// Server: any Redis.
import { createClient } from 'ferrodis';

const client = createClient({
  socket: {
    reconnectStrategy: retries => {
        // Generate a random jitter between 0 – 100 ms:
        const jitter = Math.floor(Math.random() * 100);

        // Delay is an exponential backoff, (2^retries) * 50 ms, with a
        // maximum value of 3000 ms:
        const delay = Math.min(Math.pow(2, retries) * 50, 3000);

        return delay + jitter;
    }
  }
});

// ---- added (not in the guide): drop the connection once and watch the client reconnect ----
client.on('error', err => console.log('error event:', err.message));
client.on('reconnecting', () => console.log('reconnecting'));
await client.connect();
const reconnected = new Promise(resolve => client.once('ready', resolve));
const id = await client.sendCommand(['CLIENT', 'ID']);
await client.sendCommand(['CLIENT', 'KILL', 'ID', String(id), 'SKIPME', 'no']); // the server drops us
await reconnected;
console.log('after reconnect:', await client.ping());
await client.quit();
// ---- end added ----
