// Production usage, command execution reliability: disableOfflineQueue makes commands issued
// while the client is not connected fail at once instead of waiting for the connection.
//
// Source: redis.io "Production usage" (https://redis.io/docs/latest/develop/clients/nodejs/produsage/),
// section "Command execution reliability".
// Verbatim except: `import { createClient } from 'ferrodis';`, which the guide leaves out, and
// the guide's two placeholder lines `.` (not valid JavaScript) written as a comment.
// Server: any Redis.
import { createClient } from 'ferrodis';

const client = createClient({
  disableOfflineQueue: true,
      // . (the guide's placeholder for other options)
});

// ---- added (not in the guide): a command sent while connecting fails, later ones work ----
client.on('error', error => console.error('Redis client error:', error));
const connecting = client.connect();
try {
  await client.ping();
  console.log('while connecting: PONG (queued)');
} catch (err) {
  console.log('while connecting:', err.constructor.name, err.message);
}
await connecting;
console.log('connected:', await client.ping());
await client.quit();
// ---- end added ----
