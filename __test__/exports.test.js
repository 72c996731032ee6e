'use strict';
// The package's exports next to redis@5.12.1's: the same names (for what ferrodis has so far),
// the same constant values, and both CommonJS and ESM imports work.
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const ferrodis = require('..');
const redis = require('redis');

test('every redis@5.12.1 export exists (all 47)', () => {
  expect(Object.keys(redis)).toHaveLength(47);
  expect(Object.keys(redis).filter((name) => !(name in ferrodis))).toEqual([]);
});

// Every constant object: the core ones and the search and time-series modules' (deep: the
// search steps and reducers are nested).
const CONSTANTS = Object.keys(redis).filter((name) => /^[A-Z][A-Z0-9_]+$/.test(name));

test.each(CONSTANTS)('%s has node-redis\' values', (name) => {
  expect(ferrodis[name]).toEqual(redis[name]);
});

test('ESM named imports and the default import work', () => {
  const source = "import ferrodis, { createClient, ErrorReply, RESP_TYPES } from 'ferrodis'; console.log(typeof createClient, typeof ErrorReply, RESP_TYPES.MAP, typeof ferrodis.createClient);";
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', source], { cwd: path.join(__dirname, '..'), encoding: 'utf8' });
  expect(out.trim()).toBe('function function 37 function');
  const modules = execFileSync(process.execPath, ['--input-type=module', '-e', "import { createSentinel, SCHEMA_FIELD_TYPE, TIME_SERIES_ENCODING } from 'ferrodis'; console.log(typeof createSentinel, SCHEMA_FIELD_TYPE.TEXT, TIME_SERIES_ENCODING.COMPRESSED);"], { cwd: path.join(__dirname, '..'), encoding: 'utf8' });
  expect(modules.trim()).toBe('function TEXT COMPRESSED');
});

test('the ESM entry (index.mjs) exports every name of the CommonJS entry, the same objects', () => {
  const source = `
    import * as esm from 'ferrodis';
    import ferrodis from 'ferrodis';
    import { createRequire } from 'node:module';
    const cjs = createRequire(import.meta.url)('ferrodis');
    const names = Object.keys(cjs);
    console.log(JSON.stringify({ count: names.length, different: names.filter((k) => esm[k] !== cjs[k]), defaultIsCjs: ferrodis === cjs }));`;
  const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', source], { cwd: path.join(__dirname, '..'), encoding: 'utf8' }));
  expect(out).toEqual({ count: Object.keys(ferrodis).length, different: [], defaultIsCjs: true });
});
