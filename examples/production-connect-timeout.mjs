// Production usage, connection timeouts: socket.connectTimeout (default 5000 ms).
//
// Source: redis.io "Production usage" (https://redis.io/docs/latest/develop/clients/nodejs/produsage/),
// section "Connection timeouts".
// Verbatim except: `import { createClient } from 'ferrodis';`, which the guide leaves out.
// Server: any Redis.
import { createClient } from 'ferrodis';

const client = createClient({
  socket: {
    // setting a 10-second timeout  
    connectTimeout: 10000 // in milliseconds
  }
});
client.on('error', error => console.error('Redis client error:', error));

// ---- added (not in the guide): use the client ----
await client.connect();
console.log(await client.ping());
await client.quit();
// ---- end added ----
