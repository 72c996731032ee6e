'use strict';
// CLIENT subcommands newer than the test server (Redis 7.0.15) — CLIENT NO-TOUCH (7.2), CLIENT
// KILL MAXAGE (7.4) — live, side by side (helpers/differential.js), on a newer Redis and on Valkey 9,
// installed by scripts/install-test-servers.sh; skipped, saying so, when none is installed. Their
// encoding: client-admin.wire.test.js.
const { differential } = require('../helpers/differential');

const SCENARIOS = {
  'clientNoTouch': (c) => [
    c.set('k', 'v'), c.clientNoTouch(true), c.get('k'), c.clientNoTouch(false), c['CLIENT_NO-TOUCH'](1), c.clientNoTouch(0), c.get('k'),
  ],
  // Every connection of this test is younger than a day: none is killed.
  'clientKill MAXAGE': (c) => [c.clientKill({ filter: 'MAXAGE', maxAge: 86400 }), c.clientKill([{ filter: 'MAXAGE', maxAge: 86400 }, { filter: 'SKIPME', skipMe: true }]), c.ping()],
};

differential('CLIENT commands on a newer Redis', SCENARIOS, { newer: { flavor: 'redis', minVersion: '7.4' } });
differential('CLIENT commands on Valkey', SCENARIOS, { newer: { flavor: 'valkey', minVersion: '8.0' } });
