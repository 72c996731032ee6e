'use strict';
// index.d.ts as a TypeScript user meets it (types-tests/): the guide's code and typed code written
// for node-redis compile under --strict, with module resolution nodenext and bundler; the wrong
// calls of types-tests/errors.ts are errors (each under a @ts-expect-error).
const { execFileSync } = require('node:child_process');
const path = require('node:path');

test('index.d.ts command signatures are generated from the command table', () => {
  execFileSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'gen-types.js'), '--check']);
});

test.each(['tsconfig.json', 'tsconfig.bundler.json'])('types-tests/ type-checks with %s', (config) => {
  const tsc = path.join(__dirname, '..', 'node_modules', '.bin', 'tsc');
  const project = path.join(__dirname, '..', 'types-tests', config);
  let output = '';
  try {
    execFileSync(tsc, ['-p', project], { encoding: 'utf8' });
  } catch (err) {
    output = `${err.stdout}${err.stderr}`;
  }
  expect(output).toBe('');
}, 60000);
