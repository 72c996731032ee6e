#!/usr/bin/env node
'use strict';
// Writes the command methods of index.d.ts from the command table (lib/commands): each
// definition's `ts` signature(s) under its camelCase and its UPPER name. The table is the one
// source of truth; `--check` fails when index.d.ts is out of date (run by the tests).
const fs = require('node:fs');
const path = require('node:path');
const { COMMANDS } = require('../lib/commands');

const FILE = path.join(__dirname, '..', 'index.d.ts');
const BEGIN = '  // <generated-commands> (scripts/gen-types.js writes this block from lib/commands)';
const END = '  // </generated-commands>';

function block() {
  const lines = [BEGIN];
  for (const name of Object.keys(COMMANDS).sort()) {
    const { method, ts } = COMMANDS[name];
    if (ts === undefined) throw new Error(`${name} has no \`ts\` signature`);
    for (const signature of [].concat(ts)) {
      lines.push(`  ${method}${signature};`);
      if (name !== method) lines.push(`  ${name.includes('-') ? `'${name}'` : name}${signature};`);
    }
  }
  lines.push(END);
  return lines.join('\n');
}

const current = fs.readFileSync(FILE, 'utf8');
const start = current.indexOf(BEGIN);
const end = current.indexOf(END);
if (start === -1 || end === -1) throw new Error(`index.d.ts lacks the ${BEGIN.trim()} markers`);
const next = current.slice(0, start) + block() + current.slice(end + END.length);
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('index.d.ts is out of date with lib/commands: run `node scripts/gen-types.js`');
    process.exit(1);
  }
} else if (next !== current) {
  fs.writeFileSync(FILE, next);
  console.log('index.d.ts: command signatures updated');
}
