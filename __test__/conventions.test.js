'use strict';
// Conventions of lib/ that keep hot paths fast and that nothing else would catch.
const fs = require('node:fs');
const path = require('node:path');

const LIB = path.join(__dirname, '..', 'lib');

function sources(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return entry.name.endsWith('.js') ? [file] : [];
  });
}

/** The code of a file without its comments and string literals (good enough for these checks). */
function code(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, "''");
}

test("files that use Buffer take it from require('buffer'), not the global", () => {
  // In Node 20 `globalThis.Buffer` is an accessor: every use of the global calls a getter
  // (profiled in the reply decoder as LoadGlobalIC, ~1% of a MULTI's CPU).
  const imports = /const \{ Buffer \} = require\('(node:)?buffer'\);/;
  const offenders = sources(LIB)
    .map((file) => [path.relative(LIB, file), fs.readFileSync(file, 'utf8')])
    .filter(([, text]) => /\bBuffer\b/.test(code(text)) && !imports.test(text))
    .map(([name]) => name);
  expect(offenders).toEqual([]);
});

test('the check sees a use of the global Buffer', () => {
  expect(/\bBuffer\b/.test(code("// Buffer\nconst b = Buffer.from('x');"))).toBe(true);
  expect(/\bBuffer\b/.test(code("// Buffer\nconst s = 'Buffer';"))).toBe(false);
});
