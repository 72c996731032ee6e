#!/usr/bin/env node
'use strict';
// `npm run stress [-- --seconds N]`: long reply-integrity storms (see __test__/helpers/storm.js)
// against a redis-server started here on a free port, over TCP, a UNIX socket and TLS, in RESP2
// and RESP3, for each pattern. Prints one line per storm and exits non-zero on any wrong reply.
const { startRedis } = require('../__test__/helpers/redis-server');
const { runStorm } = require('../__test__/helpers/storm');
const { createClient } = require('..');

const argv = process.argv.slice(2);
const seconds = Number(argv[argv.indexOf('--seconds') + 1]) || 10;

(async () => {
  const server = await startRedis({ tls: true, unixSocket: true });
  const { ca, clientCert, clientKey } = server.certs;
  const transports = {
    tcp: { socket: { host: server.host, port: server.port } },
    unix: { socket: { path: server.socketPath } },
    tls: { socket: { host: 'localhost', port: server.tlsPort, tls: true, ca, cert: clientCert, key: clientKey } },
  };
  let wrongTotal = 0;
  try {
    for (const [transport, options] of Object.entries(transports)) {
      for (const RESP of [2, 3]) {
        for (const pattern of ['trickle', 'waves', 'flood', 'hashes']) {
          const result = await runStorm({
            createClient,
            options: { ...options, RESP },
            admin: (...args) => server.command(...args),
            pattern,
            durationMs: seconds * 1000,
          });
          wrongTotal += result.wrong;
          const { sent, ok, wrong, rejected, errors } = result;
          console.log(JSON.stringify({ transport, RESP, pattern, sent, ok, wrong, rejected, errors, firstWrong: result.firstWrong }));
        }
      }
    }
  } finally {
    await server.stop();
  }
  console.log(wrongTotal === 0 ? 'stress: 0 wrong replies' : `stress: ${wrongTotal} WRONG replies`);
  process.exitCode = wrongTotal === 0 ? 0 : 1;
})();
