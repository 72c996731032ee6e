'use strict';
// Every reply reaches its own command while the connection is killed every 20 ms, mid-pipeline
// (issue: "replies reach the wrong command after a reconnect"). Short storms of each kind, over
// plain TCP, a UNIX socket and TLS, in RESP2 and RESP3; `npm run stress` runs long ones.
const { serverForFile } = require('./helpers/connected');
const { runStorm } = require('./helpers/storm');
const { createClient } = require('..');

const server = serverForFile({ tls: true, unixSocket: true });

const TRANSPORTS = {
  tcp: () => ({ socket: { host: server.host, port: server.port } }),
  unix: () => ({ socket: { path: server.socketPath } }),
  tls: () => {
    const { ca, clientCert, clientKey } = server.certs;
    return { socket: { host: 'localhost', port: server.tlsPort, tls: true, ca, cert: clientCert, key: clientKey } };
  },
};

const CASES = [
  ['tcp', 2, 'trickle'],
  ['tcp', 3, 'trickle'],
  ['tcp', 2, 'waves'],
  ['tcp', 2, 'flood'],
  ['tcp', 3, 'hashes'],
  ['unix', 2, 'flood'],
  ['unix', 3, 'waves'],
  ['tls', 2, 'trickle'],
  ['tls', 3, 'flood'],
  ['tls', 2, 'hashes'],
];

test.each(CASES)('%s, RESP%i, %s: no reply reaches another command', async (transport, RESP, pattern) => {
  const result = await runStorm({
    createClient,
    options: { ...TRANSPORTS[transport](), RESP },
    admin: (...args) => server.command(...args),
    pattern,
    durationMs: 1200,
  });
  expect(result.firstWrong).toBeUndefined();
  expect(result.wrong).toBe(0);
  // Everything settled; the storm did kill connections, and commands got through between kills.
  expect(result.ok + result.rejected).toBe(result.sent);
  expect(result.errors).toBeGreaterThan(0);
  expect(result.ok).toBeGreaterThan(0);
});
