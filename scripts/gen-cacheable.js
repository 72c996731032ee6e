#!/usr/bin/env node
'use strict';
// Writes lib/commands/cacheable.json and writes.json, the client-side cache's tables
// (lib/commands/cacheable.js),
// from a server's COMMAND INFO. Run it against the newest Redis the tests use (Redis 8, from
// scripts/install-test-servers.sh), whose metadata covers every command of the table:
//
//   node scripts/gen-cacheable.js [port]      (default: starts that Redis 8 on a free port)
//
// __test__/cacheable.test.js fails when the file and the server disagree.

const fs = require('node:fs');
const path = require('node:path');
const { createClient } = require('..');
const { tableOf } = require('../lib/commands/cacheable');

const DIR = path.join(__dirname, '..', 'lib', 'commands');

async function main() {
  let server;
  let port = Number(process.argv[2]);
  if (!port) {
    const { newerServerBinary } = require('../__test__/helpers/servers');
    const { startRedis } = require('../__test__/helpers/redis-server');
    const binary = newerServerBinary({ flavor: 'redis', minVersion: '8.0' });
    if (binary === null) throw new Error('no Redis 8 here: run scripts/install-test-servers.sh redis8, or give a port');
    server = await startRedis({ binary: binary.path });
    port = server.port;
  }
  const client = createClient({ socket: { port }, RESP: 3 });
  await client.connect();
  try {
    const info = await client.sendCommand(['COMMAND', 'INFO']);
    for (const [kind, file] of [['read', 'cacheable.json'], ['write', 'writes.json']]) {
      const table = tableOf(info, kind);
      const lines = Object.entries(table).map(([name, entry]) => `  ${JSON.stringify(name)}: ${JSON.stringify(entry)}`);
      const out = path.join(DIR, file);
      fs.writeFileSync(out, `{\n${lines.join(',\n')}\n}\n`); // a command per line: reviewable diffs
      console.log(`${out}: ${Object.keys(table).length} commands`);
    }
  } finally {
    await client.close();
    await server?.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
