// Connect with a connection string (redis[s]://[[username][:password]@][host][:port][/db-number]),
// then the isReady / isOpen flags the guide describes right after it.
//
// Source: redis.io "Connect to the server" (https://redis.io/docs/latest/develop/clients/nodejs/connect/),
// section "Basic connection", the `createClient({ url })` snippet and the isReady/isOpen paragraph.
// Verbatim except: the import (from 'ferrodis'), and `const client =` in front of the guide's bare
// `createClient(...)` call so that the client can be used.
// Server: a Redis with the ACL user alice / foobared.
import { createClient } from 'ferrodis';

const client = createClient({
  url: 'redis://alice:foobared@awesome.redis.server:6380'
});

// ---- added (not in the guide): use the client, and show isReady / isOpen ----
client.on('error', err => console.log('Redis Client Error', err));
console.log('before connect: isReady', client.isReady, 'isOpen', client.isOpen);
await client.connect();
console.log('connected: isReady', client.isReady, 'isOpen', client.isOpen);
console.log('ACL WHOAMI:', await client.sendCommand(['ACL', 'WHOAMI']));
await client.quit();
console.log('after quit: isReady', client.isReady, 'isOpen', client.isOpen);
// ---- end added ----
