'use strict';
/**
 * Runs a guide snippet from examples/ against a server of our choosing.
 *
 * The snippets are the redis.io guide's code, which connects to localhost:6379 or to made-up
 * hosts. runExample() writes a rewritten copy to examples/.run/ (gitignored; inside the package,
 * so that `import ... from 'ferrodis'` resolves by package self-reference and 'redis' from
 * node_modules), runs it with `node` as a child process and returns { code, signal, stdout,
 * stderr, timedOut }. The copy is deleted afterwards (kept when FERRODIS_EXAMPLES_KEEP=1).
 *
 * ONLY the connection target is rewritten. Exactly (calls inside comments are left alone):
 *   1. In import statements, `from 'ferrodis'` becomes `from '<package>'`; <package> is
 *      options.packageName, else the env var FERRODIS_EXAMPLES_PACKAGE, else 'ferrodis'.
 *      (FERRODIS_EXAMPLES_PACKAGE=redis runs the very same snippets on node-redis: the differential.)
 *   2. In the FIRST object argument of each createClient( / createClientPool( call that has no
 *      `url:` property:
 *        - createClient() with no argument becomes createClient({ socket: { <target> } });
 *        - in an existing `socket: { ... }`, the `host:` / `port:` values are replaced by the
 *          target's (missing ones are added; for a unix target `path:` is added instead), and the
 *          target's TLS material (tls: true, ca, cert, key) is added when the snippet has no `tls:`;
 *        - otherwise `socket: { <target> },` is inserted as the first property;
 *        - if the target has username/password: existing `username:` / `password:` values are
 *          replaced, missing ones are inserted.
 *   3. Each 'redis://...' / 'rediss://...' string literal inside createClient( gets the target's
 *      host and port (and its username/password, if the target has them); inside createCluster(
 *      the i-th URL gets target.rootNodes[i]'s host and port instead.
 *   4. readFileSync('./redis_user_private.key'), ('./redis_user.crt'), ('./redis_ca.pem') get the
 *      absolute paths of target.tls.key, .cert and .ca.
 * Nothing else changes: options such as reconnectStrategy, connectTimeout, disableOfflineQueue,
 * RESP or clientSideCache, and every command and print, run as written.
 *
 * target = {
 *   host, port,                     // TCP endpoint (host 'localhost' when TLS, to match the cert)
 *   path,                           // or: a unix socket path
 *   tls: { ca, cert, key },         // file paths; injected as tls:true + PEM contents when needed
 *   username, password,             // credentials to use instead of / in addition to the snippet's
 *   rootNodes: [{ host, port }],    // cluster: the URLs of createCluster's rootNodes
 * }
 */
const { spawn } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const EXAMPLES_DIR = __dirname;
const RUN_DIR = path.join(EXAMPLES_DIR, '.run');

function defaultPackage() {
  return process.env.FERRODIS_EXAMPLES_PACKAGE || 'ferrodis';
}

/** Index just past the bracket matching the one at `open`, skipping strings and comments. */
function matchingBracket(src, open) {
  const pairs = { '(': ')', '{': '}', '[': ']' };
  const stack = [];
  for (let i = open; i < src.length; i++) {
    const ch = src[i];
    if (ch === '/' && src[i + 1] === '/') { i = src.indexOf('\n', i); if (i === -1) break; continue; }
    if (ch === '/' && src[i + 1] === '*') { i = src.indexOf('*/', i + 2) + 1; if (i === 0) break; continue; }
    if (ch === '\'' || ch === '"' || ch === '`') {
      for (i++; i < src.length && src[i] !== ch; i++) if (src[i] === '\\') i++;
      continue;
    }
    if (pairs[ch]) stack.push(pairs[ch]);
    else if (ch === ')' || ch === '}' || ch === ']') {
      if (stack.pop() !== ch) throw new Error(`unbalanced ${ch} at ${i}`);
      if (stack.length === 0) return i + 1;
    }
  }
  throw new Error(`no bracket matching the one at ${open}`);
}

/** [start, end) ranges of the comments in `src` (string contents are skipped while scanning). */
function commentRanges(src) {
  const ranges = [];
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '/' && src[i + 1] === '/') {
      const end = src.indexOf('\n', i);
      ranges.push([i, end === -1 ? src.length : end]);
      if (end === -1) break;
      i = end;
    } else if (ch === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      ranges.push([i, end === -1 ? src.length : end + 2]);
      if (end === -1) break;
      i = end + 1;
    } else if (ch === '\'' || ch === '"' || ch === '`') {
      for (i++; i < src.length && src[i] !== ch; i++) if (src[i] === '\\') i++;
    }
  }
  return ranges;
}

/** Replaces the argument text of each `name(` call in code (not in comments) with edit(argsText, callIndex). */
function editCalls(src, name, edit) {
  const re = new RegExp(`\\b${name}\\(`, 'g');
  const comments = commentRanges(src);
  const inComment = (pos) => comments.some(([a, b]) => pos >= a && pos < b);
  let out = '';
  let last = 0;
  let index = 0;
  let m;
  while ((m = re.exec(src))) {
    if (inComment(m.index)) continue;
    const open = m.index + m[0].length - 1;
    const close = matchingBracket(src, open);
    out += src.slice(last, open + 1) + edit(src.slice(open + 1, close - 1), index++);
    last = close - 1;
    re.lastIndex = close - 1;
  }
  return out + src.slice(last);
}

const js = (v) => JSON.stringify(v);

function tlsProps(target) {
  if (!target.tls) return [];
  const read = (p) => js(fs.readFileSync(p, 'utf8'));
  const props = ['tls: true'];
  if (target.tls.ca) props.push(`ca: ${read(target.tls.ca)}`);
  if (target.tls.cert) props.push(`cert: ${read(target.tls.cert)}`);
  if (target.tls.key) props.push(`key: ${read(target.tls.key)}`);
  return props;
}

function endpointProps(target) {
  if (target.path) return [`path: ${js(target.path)}`];
  return [`host: ${js(target.host)}`, `port: ${js(target.port)}`];
}

function rewriteUrl(literal, quote, endpoint, target) {
  const url = new URL(literal);
  if (endpoint) {
    url.hostname = endpoint.host;
    url.port = String(endpoint.port);
  }
  if (target.username !== undefined) url.username = encodeURIComponent(target.username);
  if (target.password !== undefined) url.password = encodeURIComponent(target.password);
  return quote + url.toString().replace(/\/$/, '') + quote;
}

const URL_LITERAL = /(['"])(rediss?:\/\/[^'"]*)\1/g;

/** Rule 2 on the first object literal of a createClient(/createClientPool( argument list. */
function rewriteClientOptions(args, target) {
  if (/\burl\s*:/.test(args)) return args; // handled by the URL rule
  const socketInner = [...endpointProps(target), ...tlsProps(target)];
  const credentials = [];
  if (target.username !== undefined) credentials.push(`username: ${js(target.username)}`);
  if (target.password !== undefined) credentials.push(`password: ${js(target.password)}`);

  const objStart = args.indexOf('{');
  if (args.trim() === '' || objStart === -1) {
    return `{ ${[...credentials, `socket: { ${socketInner.join(', ')} }`].join(', ')} }${args.trim() ? `, ${args}` : ''}`;
  }
  const objEnd = matchingBracket(args, objStart);
  let obj = args.slice(objStart, objEnd);

  const missingCredentials = [];
  for (const key of ['username', 'password']) {
    if (target[key] === undefined) continue;
    const re = new RegExp(`\\b${key}\\s*:\\s*(['"])(?:\\\\.|(?!\\1).)*\\1`);
    if (re.test(obj)) obj = obj.replace(re, `${key}: ${js(target[key])}`);
    else missingCredentials.push(`${key}: ${js(target[key])}`);
  }

  const socketMatch = /\bsocket\s*:\s*\{/.exec(obj);
  if (socketMatch) {
    const sOpen = socketMatch.index + socketMatch[0].length - 1;
    const sClose = matchingBracket(obj, sOpen);
    let socket = obj.slice(sOpen, sClose);
    const inject = [];
    if (target.path) {
      inject.push(`path: ${js(target.path)}`);
    } else {
      const hostRe = /\bhost\s*:\s*(['"])[^'"]*\1/;
      const portRe = /\bport\s*:\s*\d+/;
      if (hostRe.test(socket)) socket = socket.replace(hostRe, `host: ${js(target.host)}`);
      else inject.push(`host: ${js(target.host)}`);
      if (portRe.test(socket)) socket = socket.replace(portRe, `port: ${js(target.port)}`);
      else inject.push(`port: ${js(target.port)}`);
    }
    if (!/\btls\s*:/.test(socket)) inject.push(...tlsProps(target));
    if (inject.length) socket = `{ ${inject.join(', ')},${socket.slice(1)}`;
    obj = obj.slice(0, sOpen) + socket + obj.slice(sClose);
  } else {
    obj = `{ socket: { ${socketInner.join(', ')} },${obj.slice(1)}`;
  }
  if (missingCredentials.length) obj = `{ ${missingCredentials.join(', ')},${obj.slice(1)}`;
  return args.slice(0, objStart) + obj + args.slice(objEnd);
}

/** Returns the snippet source with only its connection target rewritten (see the top of file). */
function rewriteSnippet(source, target, { packageName = defaultPackage() } = {}) {
  let src = source.replace(/^(\s*import\b[^;]*?\bfrom\s+)(['"])ferrodis\2/gm, `$1'${packageName}'`);

  const tlsFiles = {
    './redis_user_private.key': target.tls && target.tls.key,
    './redis_user.crt': target.tls && target.tls.cert,
    './redis_ca.pem': target.tls && target.tls.ca,
  };
  src = src.replace(/readFileSync\((['"])(\.\/[^'"]+)\1\)/g, (all, q, file) => (
    tlsFiles[file] ? `readFileSync(${js(path.resolve(tlsFiles[file]))})` : all));

  src = editCalls(src, 'createCluster', (args) => {
    let i = 0;
    return args.replace(URL_LITERAL, (all, q, url) => {
      const nodes = target.rootNodes || [];
      if (nodes.length === 0) return all;
      return rewriteUrl(url, q, nodes[i++ % nodes.length], {});
    });
  });
  const clientCall = (args) => rewriteClientOptions(args, target);
  src = editCalls(src, 'createClientPool', clientCall);
  src = editCalls(src, 'createClient', clientCall);
  src = editCalls(src, 'createClient', (args) => args.replace(URL_LITERAL, (all, q, url) => (
    target.path ? all : rewriteUrl(url, q, { host: target.host, port: target.port }, target))));
  return src;
}

/**
 * Rewrites `snippetPath` for `target` into examples/.run/ and runs it with node.
 * options: { packageName, timeout (ms, default 20000), env, keep }.
 */
function runExample(snippetPath, target, options = {}) {
  const { timeout = 20000, env = {}, keep = process.env.FERRODIS_EXAMPLES_KEEP === '1' } = options;
  const abs = path.resolve(EXAMPLES_DIR, snippetPath);
  const rewritten = rewriteSnippet(fs.readFileSync(abs, 'utf8'), target, options);
  fs.mkdirSync(RUN_DIR, { recursive: true });
  const runPath = path.join(RUN_DIR, `${path.basename(abs, '.mjs')}-${crypto.randomBytes(4).toString('hex')}.mjs`);
  fs.writeFileSync(runPath, rewritten);

  return new Promise((resolve) => {
    const child = spawn(process.execPath, [runPath], {
      cwd: EXAMPLES_DIR,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeout);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (!keep) fs.rmSync(runPath, { force: true });
      resolve({ code, signal, stdout, stderr, timedOut, runPath, source: rewritten });
    });
  });
}

module.exports = { rewriteSnippet, runExample, defaultPackage, EXAMPLES_DIR, RUN_DIR };
