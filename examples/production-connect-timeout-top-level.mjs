// Production usage, timeout: the top-level `connectTimeout` option (the node-redis v4 spelling the
// guide used; ferrodis accepts it next to socket.connectTimeout, see DESIGN.md).
//
// Source: the redis.io "Node.js guide", section "Production usage > Timeout", as published before
// the guide was split into pages (github.com/redis/redis-doc docs/connect/clients/nodejs.md).
// Verbatim except: `import { createClient } from 'ferrodis';`, which the guide leaves out.
// Server: any Redis.
import { createClient } from 'ferrodis';

const client = createClient({
  // setting a 10-second timeout  
  connectTimeout: 10000 // in milliseconds
});
client.on('error', error => {
    console.error(`Redis client error: ${error}`)
});

// ---- added (not in the guide): use the client ----
await client.connect();
console.log(await client.ping());
await client.quit();
// ---- end added ----
