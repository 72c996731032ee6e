#!/usr/bin/env node
'use strict';
// npm `prepublishOnly`: refuses to publish ferrodis unless every target of package.json's
// napi.targets has its binary in its npm/<platform>/ package (built by CI's Linux step and the
// release workflow): the root package carries no binary, each platform package carries one.
//   --host  only check that this platform's engine is built (./ferrodis.<platform>.node)
const fs = require('node:fs');
const path = require('node:path');
const { TARGETS } = require('./targets');

const ROOT = path.resolve(__dirname, '..');
const { napi } = require('../package.json');

let missing;
if (!process.argv.includes('--host')) {
  missing = TARGETS.map((target) => target.binary).filter((file) => !fs.existsSync(path.join(ROOT, file)));
} else {
  const built = fs.readdirSync(ROOT).filter((f) => f.startsWith(`${napi.binaryName}.`) && f.endsWith('.node'));
  missing = built.length > 0 ? [] : [`${napi.binaryName}.<this platform>.node (run \`npm run build\`)`];
}
if (missing.length > 0) {
  console.error(`ferrodis: refusing to pack or publish without the engine binaries:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
