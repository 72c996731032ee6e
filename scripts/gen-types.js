#!/usr/bin/env node
'use strict';
// Writes the command methods of index.d.ts from the command table (lib/commands): each
// definition's `ts` signature(s) under its camelCase and its UPPER name. The table is the one
// source of truth; `--check` fails when index.d.ts is out of date (run by the tests).
// A signature's reply `Promise<X>` becomes `Promise<MappedReply<X, TYPE_MAPPING, RESP>>`, so the
// client's type mapping and RESP version flow into it (types/resp.d.ts); `ts3` is a definition's
// RESP3 reply type where it differs from RESP2's. The Redis Stack namespaces (lib/commands/modules)
// get an interface each (`JsonCommands`...), written at the end of the file, and a member of
// RedisCommands (`json: JsonCommands<RESP, TYPE_MAPPING>`).
const fs = require('node:fs');
const path = require('node:path');
const { COMMANDS, MODULES } = require('../lib/commands');

const ROOT = path.join(__dirname, '..');
const FILE = path.join(ROOT, 'index.d.ts');
const BEGIN = '  // <generated-commands> (scripts/gen-types.js writes this block from lib/commands)';
const END = '  // </generated-commands>';
const IMPORTS_BEGIN = '// <generated-type-imports> (scripts/gen-types.js: the option and reply types of types/*.d.ts)';
const IMPORTS_END = '// </generated-type-imports>';
const MODULES_BEGIN = '// <generated-modules> (scripts/gen-types.js writes this block from lib/commands/modules)';
const MODULES_END = '// </generated-modules>';

/** Imports (for the signatures) and re-exports (for users) of every type in types/*.d.ts. */
function typeImports() {
  const lines = [IMPORTS_BEGIN];
  const seen = new Map();
  for (const file of fs.readdirSync(path.join(ROOT, 'types')).filter((f) => f.endsWith('.d.ts')).sort()) {
    const source = fs.readFileSync(path.join(ROOT, 'types', file), 'utf8');
    const declared = [...source.matchAll(/^export (interface|type|declare const) ([A-Za-z0-9_]+)/gm)];
    const names = declared.map((m) => m[2]);
    for (const name of names) {
      if (seen.has(name)) throw new Error(`type ${name} is declared in both types/${seen.get(name)} and types/${file}`);
      seen.set(name, file);
    }
    const module = `./types/${file.replace(/\.d\.ts$/, '')}`;
    const values = declared.filter((m) => m[1] === 'declare const').map((m) => m[2]);
    const types = names.filter((name) => !values.includes(name));
    lines.push(`import type { ${names.join(', ')} } from '${module}';`);
    if (types.length > 0) lines.push(`export type { ${types.join(', ')} } from '${module}';`);
    if (values.length > 0) lines.push(`export { ${values.join(', ')} } from '${module}';`);
  }
  lines.push(IMPORTS_END);
  return lines.join('\n');
}

function replaceBlock(text, begin, end, block) {
  const start = text.indexOf(begin);
  const stop = text.indexOf(end);
  if (start === -1 || stop === -1) throw new Error(`index.d.ts lacks the ${begin.trim()} markers`);
  return text.slice(0, start) + block + text.slice(stop + end.length);
}

const REPLY = '): Promise<';

/** `(args): Promise<X>` → `(args): Promise<MappedReply<X, TYPE_MAPPING, RESP>>`. */
function mapped(name, signature, resp3) {
  const at = signature.lastIndexOf(REPLY);
  if (at === -1 || !signature.endsWith('>')) throw new Error(`${name}: \`ts\` must end with \`): Promise<reply type>\``);
  const reply = signature.slice(at + REPLY.length, -1);
  const byVersion = resp3 === undefined ? reply : `RESP extends 3 ? ${resp3} : ${reply}`;
  return `${signature.slice(0, at + REPLY.length)}MappedReply<${byVersion}, TYPE_MAPPING, RESP>>`;
}

/** The method lines of a table (`commands`: UPPER name → definition), both names each. */
function methods(commands, indent) {
  const lines = [];
  for (const name of Object.keys(commands).sort()) {
    const { method, ts, ts3, doc } = commands[name];
    if (ts === undefined) throw new Error(`${name} has no \`ts\` signature`);
    const comment = doc === undefined ? [] : [`${indent}/** ${doc} */`];
    for (const signature of [].concat(ts).map((s) => mapped(name, s, ts3))) {
      lines.push(...comment, `${indent}${method}${signature};`);
      if (name !== method) lines.push(...comment, `${indent}${name.includes('-') ? `'${name}'` : name}${signature};`);
    }
  }
  return lines;
}

/** `topK` → `TopKCommands`. */
function interfaceName(namespace) {
  return `${namespace[0].toUpperCase()}${namespace.slice(1)}Commands`;
}

function block() {
  const namespaces = Object.keys(MODULES).sort().map((namespace) => `  ${namespace}: ${interfaceName(namespace)}<RESP, TYPE_MAPPING>;`);
  return [BEGIN, ...methods(COMMANDS, '  '), ...namespaces, END].join('\n');
}

function modulesBlock() {
  const lines = [MODULES_BEGIN];
  for (const namespace of Object.keys(MODULES).sort()) {
    lines.push(`/** \`client.${namespace}\`: the commands of the Redis Stack module, in both names. */`);
    lines.push(`export interface ${interfaceName(namespace)}<RESP extends RespVersions = 2, TYPE_MAPPING extends TypeMapping = {}> {`);
    lines.push(...methods(MODULES[namespace], '  '), '}');
  }
  lines.push(MODULES_END);
  return lines.join('\n');
}

const current = fs.readFileSync(FILE, 'utf8');
let next = replaceBlock(replaceBlock(current, BEGIN, END, block()), IMPORTS_BEGIN, IMPORTS_END, typeImports());
if (!next.includes(MODULES_BEGIN)) next = `${next.trimEnd()}\n\n${MODULES_BEGIN}\n${MODULES_END}\n`;
next = replaceBlock(next, MODULES_BEGIN, MODULES_END, modulesBlock());
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('index.d.ts is out of date with lib/commands: run `node scripts/gen-types.js`');
    process.exit(1);
  }
} else if (next !== current) {
  fs.writeFileSync(FILE, next);
  console.log('index.d.ts: command signatures updated');
}
