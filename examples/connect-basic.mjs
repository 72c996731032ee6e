// Basic connection: connect to localhost:6379, SET/GET a string, HSET/HGETALL a hash, QUIT.
//
// Source: the redis.io node-redis guide, "Connect and test" / "Connect to the server > Basic
// connection" (https://redis.io/docs/latest/develop/clients/nodejs/ and .../nodejs/connect/), whose
// code comes from github.com/redis/docs local_examples/client-specific/nodejs/landing.js.
// Verbatim except: `from 'ferrodis'` instead of `from 'redis'` (and the doc-build STEP markers
// are left out).
// Server: any Redis (examples/run.mjs starts one; it expects no password).
import { createClient } from 'ferrodis';

const client = createClient();

client.on('error', err => console.log('Redis Client Error', err));

await client.connect();

await client.set('key', 'value');
const value = await client.get('key');
console.log(value); // >>> value

await client.hSet('user-session:123', {
    name: 'John',
    surname: 'Smith',
    company: 'Redis',
    age: 29
})

let userSession = await client.hGetAll('user-session:123');
console.log(JSON.stringify(userSession, null, 2));

await client.quit();
