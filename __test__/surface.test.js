'use strict';
// ferrodis has every command method of node-redis 5.12.1, under both its names, unless the
// method is a listed known gap — and the coverage table in docs/COMMANDS.md is current. The same
// holds for the Redis Stack namespaces (`client.json.get`, ...): their rows are named
// `namespace.UPPER` (`ft.HYBRID`), as their known gaps are.
const fs = require('node:fs');
const path = require('node:path');
const { coverage, markdown } = require('../scripts/command-coverage');
const { KNOWN_GAPS } = require('./command-gaps');

const rows = coverage();

test('every node-redis command method (namespaced ones too) exists in ferrodis or is a known gap', () => {
  const unlisted = rows.filter((r) => !r.has && !KNOWN_GAPS[r.name]).map((r) => r.name);
  expect(unlisted).toEqual([]);
});

test('no known gap is actually implemented (the list stays true)', () => {
  const stale = rows.filter((r) => r.has && KNOWN_GAPS[r.name]).map((r) => r.name);
  expect(stale).toEqual([]);
});

test('every implemented command is compared with node-redis', () => {
  expect(rows.filter((r) => r.has && r.how === 'untested').map((r) => r.name)).toEqual([]);
});

test('docs/COMMANDS.md is up to date (node scripts/command-coverage.js)', () => {
  const file = fs.readFileSync(path.join(__dirname, '..', 'docs', 'COMMANDS.md'), 'utf8');
  expect(file).toBe(markdown(rows));
});
