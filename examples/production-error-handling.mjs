// Production usage, handling errors: always listen for 'error', or an error is thrown and can
// end the process.
//
// Source: redis.io "Production usage" (https://redis.io/docs/latest/develop/clients/nodejs/produsage/),
// section "Handling errors".
// Verbatim except: `import { createClient } from 'ferrodis';`, which the guide leaves out.
// Server: any Redis.
import { createClient } from 'ferrodis';

const client = createClient({
  // ... client options
});
// Always ensure there's a listener for errors in the client to prevent process crashes due to unhandled errors
client.on('error', error => {
    console.error(`Redis client error:`, error);
});

// ---- added (not in the guide): use the client ----
await client.connect();
console.log(await client.ping());
await client.quit();
// ---- end added ----
