'use strict';
// index.d.ts as a TypeScript user meets it: the guide's code, typed, compiles under --strict.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

test('index.d.ts command signatures are generated from the command table', () => {
  execFileSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'gen-types.js'), '--check']);
});

test('a TypeScript file importing ferrodis type-checks', () => {
  const tsc = path.join(__dirname, '..', 'node_modules', '.bin', 'tsc');
  const project = path.join(__dirname, 'fixtures', 'tsconfig.json');
  let output = '';
  try {
    execFileSync(tsc, ['-p', project], { encoding: 'utf8' });
  } catch (err) {
    output = `${err.stdout}${err.stderr}`;
  }
  expect(output).toBe('');
}, 60000);
