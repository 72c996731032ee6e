'use strict';
// The second half of types-tests/type-mapping.ts (tsc checks the first, in types.test.js): run
// against a real server, every reply must be of the type index.d.ts declares for its client's
// RESP version and type mapping.
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');
const { startRedis } = require('./helpers/redis-server');
const { runNode } = require('./helpers/run-node');

let server;
beforeAll(async () => {
  server = await startRedis();
});
afterAll(() => server?.stop());

test('replies are of their declared types, under each type mapping, on RESP2 and RESP3', async () => {
  const source = fs.readFileSync(path.join(__dirname, '..', 'types-tests', 'type-mapping.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
  const { code, stdout, stderr } = await runNode(outputText, { timeout: 30000, env: { ...process.env, REDIS_URL: `redis://${server.host}:${server.port}` } });
  expect(stderr).toBe('');
  expect(code).toBe(0);
  const { checked, failures } = JSON.parse(stdout);
  expect(failures).toEqual([]);
  expect(checked).toBe(84);
}, 60000);
