// Connect to your production Redis with TLS: username/password, client certificate, private
// key and CA read from files.
//
// Source: redis.io "Connect to the server" (https://redis.io/docs/latest/develop/clients/nodejs/connect/),
// section "Connect to your production Redis with TLS".
// Verbatim except: the two import lines, which the guide leaves out (createClient from 'ferrodis',
// readFileSync from 'fs').
// Server: TLS with client certificates (tls-auth-clients yes), the default user's password
// 'secret'; the key/cert/CA files of a client certificate trusted by the server.
import { createClient } from 'ferrodis';
import { readFileSync } from 'fs';

const client = createClient({
    username: 'default', // use your Redis user. More info https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/
    password: 'secret', // use your password here
    socket: {
        host: 'my-redis.cloud.redislabs.com',
        port: 6379,
        tls: true,
        key: readFileSync('./redis_user_private.key'),
        cert: readFileSync('./redis_user.crt'),
        ca: [readFileSync('./redis_ca.pem')]
    }
});

client.on('error', (err) => console.log('Redis Client Error', err));

await client.connect();

await client.set('foo', 'bar');
const value = await client.get('foo');
console.log(value) // returns 'bar'

await client.destroy();
