#!/usr/bin/env node
'use strict';
// The command surface of node-redis 5.12.1 next to ferrodis': which methods exist and how each
// is tested. Writes docs/COMMANDS.md (`node scripts/command-coverage.js`); used by
// __test__/surface.test.js to fail on a method that is neither implemented nor a known gap.
//
// "How tested" is read from the test sources: a method called in __test__/commands/*.test.js or
// __test__/differential.test.js is compared live with node-redis (RESP2 and RESP3) on the test
// server (Redis 7.0.15); failing that, one called in a *.newer.test.js file is compared live on a
// newer server (Redis 8.2 / Valkey 9, installed by scripts/install-test-servers.sh; those tests skip
// without one); one called only in a *.wire.test.js file is compared on the wire (encoding only:
// no installed server runs it).
//
// The Redis Stack namespaces (`client.json`, `client.ft`, ...: node-redis' @redis/json, /search,
// /time-series and /bloom next to lib/commands/modules) get a table each: a method called as
// `.json.get(` in a stack test file (STACK_TESTS) is compared live on Redis Stack 7.4.1; failing
// that, one called so in a *.wire.test.js file is compared on the wire only. Their known gaps are
// listed in __test__/command-gaps.js as `namespace.UPPER` (e.g. `ft.HYBRID`).
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');

/** node-redis' command methods: UPPER name → camelCase name. */
function nodeRedisCommands() {
  return methodNames(require('@redis/client/dist/lib/commands/index.js').default);
}

/** node-redis' Redis Stack namespaces, as `require('redis')` attaches them: namespace → (UPPER → camelCase). */
function nodeRedisModules() {
  const modules = { ...require('@redis/bloom').default, json: require('@redis/json').default, ft: require('@redis/search').default, ts: require('@redis/time-series').default };
  return new Map(Object.entries(modules).map(([namespace, index]) => [namespace, methodNames(index)]));
}

/** The methods of a node-redis command index (each definition under both its names): UPPER → camelCase. */
function methodNames(index) {
  const byDefinition = new Map();
  for (const [name, definition] of Object.entries(index)) {
    if (!byDefinition.has(definition)) byDefinition.set(definition, []);
    byDefinition.get(definition).push(name);
  }
  const commands = new Map();
  for (const names of byDefinition.values()) {
    const upper = names.find((n) => n === n.toUpperCase()) ?? names[0];
    const camel = names.find((n) => n !== upper) ?? upper;
    commands.set(upper, camel);
  }
  return commands;
}

/**
 * The text of every `differential(...)` / `wireDifferential(...)` call (parentheses balanced) in
 * the test files `filter` picks: only calls made inside the side-by-side harness count as tests
 * of a command, not the bad-input tests next to them.
 */
function testSources(filter) {
  const spans = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (filter(full)) spans.push(...harnessCalls(fs.readFileSync(full, 'utf8')));
    }
  };
  walk(path.join(ROOT, '__test__'));
  return withoutSync(spans.join('\n'));
}

/** The text without its `sync(...)` calls: those expect a synchronous throw, so nothing reaches a server (search.test.js' RESP3 gate). */
function withoutSync(text) {
  for (let at; (at = text.search(/\bsync\(/)) >= 0; ) text = text.slice(0, at) + text.slice(at + 'sync'.length + balanced(text, at + 'sync'.length, '(', ')').length);
  return text;
}

function harnessCalls(source) {
  const calls = [];
  for (const match of source.matchAll(/\b(?:differential|wireDifferential|clusterDifferential)\(/g)) {
    const call = balanced(source, match.index + match[0].length - 1, '(', ')');
    calls.push(call);
    // Scenarios passed by name: `differential('x', SCENARIOS)` → the object `SCENARIOS = {...}`.
    const named = /^\(\s*[^,]+,\s*([A-Za-z_$][\w$]*)\s*[,)]/.exec(call);
    const definition = named && new RegExp(`\\b(?:const|let|var)\\s+${named[1]}\\s*=\\s*\\{`).exec(source);
    if (definition) calls.push(balanced(source, definition.index + definition[0].length - 1, '{', '}'));
  }
  return calls;
}

/** The text from the bracket at `start` to its matching closing bracket. */
function balanced(source, start, open, close) {
  let depth = 0;
  let end = start;
  for (; end < source.length; end++) {
    if (source[end] === open) depth++;
    else if (source[end] === close && --depth === 0) break;
  }
  return source.slice(start, end + 1);
}

const LIVE = 'live RESP2 + RESP3';
const LIVE_NEWER = 'live on Redis 8.2 / Valkey 9 (RESP2 + RESP3)';
const LIVE_STACK = 'live on Redis Stack 7.4.1 (RESP2 + RESP3)';
const STACK_TESTS = /__test__\/commands\/(json|search|time-series|bloom|cuckoo|count-min-sketch|top-k|t-digest)\.test\.js$/;
const PACKAGES = { json: '@redis/json', ft: '@redis/search', ts: '@redis/time-series' }; // the rest: @redis/bloom

function coverage() {
  const { RedisClient } = require('../lib/client');
  const { KNOWN_GAPS } = require('../__test__/command-gaps');
  const live = testSources((f) => /__test__\/(commands\/[^/]+(?<!\.wire|\.newer)\.test\.js|differential\.test\.js)$/.test(f) && !STACK_TESTS.test(f));
  const newer = testSources((f) => /\.newer\.test\.js$/.test(f));
  const wire = testSources((f) => /\.wire\.test\.js$/.test(f) || /differential\.test\.js$/.test(f));
  const called = (source, upper, camel, namespace = '') => new RegExp(`${namespace && `\\.${namespace}`}\\.(${camel}|${upper.replace(/[-]/g, '\\-')})\\(`).test(source);
  const rows = [];
  for (const [upper, camel] of [...nodeRedisCommands()].sort(([a], [b]) => a.localeCompare(b))) {
    const has = typeof RedisClient.prototype[upper] === 'function' && typeof RedisClient.prototype[camel] === 'function';
    const how = !has ? '' : called(live, upper, camel) ? LIVE : called(newer, upper, camel) ? LIVE_NEWER : called(wire, upper, camel) ? 'encoding only' : 'untested';
    rows.push({ name: upper, upper, camel, has, how, gap: KNOWN_GAPS[upper] });
  }
  const stack = testSources((f) => STACK_TESTS.test(f));
  const client = Object.create(RedisClient.prototype); // its namespaces, without connecting
  for (const [namespace, methods] of nodeRedisModules()) {
    for (const [upper, camel] of [...methods].sort(([a], [b]) => a.localeCompare(b))) {
      const has = typeof client[namespace]?.[upper] === 'function' && typeof client[namespace]?.[camel] === 'function';
      const how = !has ? '' : called(stack, upper, camel, namespace) ? LIVE_STACK : called(wire, upper, camel, namespace) ? 'encoding only' : 'untested';
      const name = `${namespace}.${upper}`;
      rows.push({ name, namespace, upper, camel, has, how, gap: KNOWN_GAPS[name] });
    }
  }
  return rows;
}

function markdown(all) {
  const rows = all.filter((r) => !r.namespace);
  const done = rows.filter((r) => r.has).length;
  const lines = [
    '# Command coverage',
    '',
    `Generated by \`node scripts/command-coverage.js\` from node-redis 5.12.1's command index and ferrodis' command table: ${done} of ${rows.length} command methods implemented.`,
    '',
    'The "tested" column says how each method is compared with node-redis 5.12.1 (helpers/differential.js):',
    '',
    `- **${LIVE}**: live, side by side, on the test server (Redis 7.0.15), with RESP2 and RESP3 (\`__test__/commands/*.test.js\`, \`__test__/differential.test.js\`).`,
    `- **${LIVE_NEWER}**: live, side by side, with RESP2 and RESP3, on a server newer than 7.0.15 that has the command — Redis 8.2.3 or Valkey 9.1.2, installed by \`scripts/install-test-servers.sh\` (\`__test__/commands/*.newer.test.js\`; skipped, saying so, when none is installed).`,
    '- **encoding only**: no installed server runs the command, so both clients\' command arrays are compared on the wire, and their reply transforms on hand-written replies (`__test__/commands/*.wire.test.js`).',
    '',
    '| node-redis | camelCase | ferrodis | tested |',
    '|---|---|---|---|',
  ];
  const row = (r) => `| ${r.upper} | ${r.camel} | ${r.has ? 'yes' : `no — ${r.gap ?? 'not listed as a gap'}`} | ${r.how} |`;
  lines.push(...rows.map(row));
  const modules = all.filter((r) => r.namespace);
  lines.push(
    '',
    '## Redis Stack namespaces',
    '',
    `node-redis 5.12.1's module namespaces (as \`require('redis')\` attaches them) next to ferrodis' (\`lib/commands/modules\`): ${modules.filter((r) => r.has).length} of ${modules.length} module command methods implemented.`,
    '',
    `- **${LIVE_STACK}**: live, side by side, on Redis Stack 7.4.1, with RESP2 and RESP3 (\`__test__/commands/{json,search,time-series,bloom,cuckoo,count-min-sketch,top-k,t-digest}.test.js\`).`,
    '- **encoding only**: the command is not in Redis Stack 7.4.1 (FT.HYBRID needs Redis 8.4), so it is compared on the wire (the matching `*.wire.test.js`).',
  );
  for (const namespace of new Set(modules.map((r) => r.namespace))) {
    const methods = modules.filter((r) => r.namespace === namespace);
    const tested = [LIVE_STACK, 'encoding only', 'untested'].map((how) => [how, methods.filter((r) => r.has && r.how === how).length]).filter(([, n]) => n).map(([how, n]) => `${n} ${how}`);
    lines.push(
      '',
      `### client.${namespace} (${PACKAGES[namespace] ?? '@redis/bloom'})`,
      '',
      `${methods.filter((r) => r.has).length} of ${methods.length} methods implemented${tested.length ? `: ${tested.join(', ')}` : ''}.`,
      '',
      '| node-redis | camelCase | ferrodis | tested |',
      '|---|---|---|---|',
      ...methods.map(row),
    );
  }
  return `${lines.join('\n')}\n`;
}

if (require.main === module) {
  fs.writeFileSync(path.join(ROOT, 'docs', 'COMMANDS.md'), markdown(coverage()));
  console.log('docs/COMMANDS.md written');
}

module.exports = { coverage, markdown, nodeRedisCommands, nodeRedisModules };
