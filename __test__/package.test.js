'use strict';
// The package as a new user gets it: `npm pack` of ferrodis and of its platform package
// (npm/linux-x64-gnu: the cross-built binary when scripts/build-targets.js made it, else this
// machine's build), both installed into an empty project with no Rust on the PATH (nothing may
// compile, no install script may run), then from that project: CommonJS require, ESM named
// imports of every export, the guide's example against a real server (the process must exit by
// itself), and tsc over a TypeScript file that imports it.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startRedis } = require('./helpers/redis-server');

jest.setTimeout(120000);

const ROOT = path.join(__dirname, '..');
const NODE_BIN = path.dirname(process.execPath);
// npm, node and nothing else: no cargo, no rustc
const ENV = { ...process.env, PATH: NODE_BIN, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

let server;
let project;
let tarball;
let platformTarball;

beforeAll(async () => {
  server = await startRedis();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ferrodis-package-'));
  const pack = (dir) => JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work, dir], { cwd: ROOT, encoding: 'utf8' }))[0];
  tarball = pack('.');
  const platform = path.join(work, 'linux-x64-gnu');
  fs.cpSync(path.join(ROOT, 'npm', 'linux-x64-gnu'), platform, { recursive: true });
  const binary = path.join(platform, 'ferrodis.linux-x64-gnu.node');
  if (!fs.existsSync(binary)) fs.copyFileSync(path.join(ROOT, 'ferrodis.linux-x64-gnu.node'), binary);
  platformTarball = pack(platform);
  project = path.join(work, 'app');
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
  const tarballs = [tarball, platformTarball].map((t) => path.join(work, t.filename));
  execFileSync(path.join(NODE_BIN, 'npm'), ['install', '--offline', ...tarballs], { cwd: project, env: ENV, encoding: 'utf8' });
});

afterAll(async () => {
  await server?.stop();
  if (project) fs.rmSync(path.dirname(project), { recursive: true, force: true });
});

function run(args, options = {}) {
  return execFileSync(process.execPath, args, { cwd: project, env: ENV, encoding: 'utf8', timeout: 20000, ...options });
}

test('ferrodis holds both entries, the types, the loader and the library, no binary and nothing else of the repository; the platform package holds its binary', () => {
  const files = tarball.files.map((f) => f.path);
  expect(files).toEqual(expect.arrayContaining(['package.json', 'index.js', 'index.mjs', 'index.d.ts', 'binding.js', 'lib/client.js', 'lib/cluster/index.js', 'README.md', 'LICENSE']));
  expect(files.filter((f) => f.endsWith('.node') || /^(src|core|npm|__test__|benchmark|scripts|types-tests|examples|target)\//.test(f))).toEqual([]);
  expect(platformTarball.name).toBe('ferrodis-linux-x64-gnu');
  expect(platformTarball.files.map((f) => f.path)).toEqual(expect.arrayContaining(['ferrodis.linux-x64-gnu.node', 'package.json']));
});

test('CommonJS require and ESM named imports of every export', () => {
  const names = JSON.parse(run(['-e', "console.log(JSON.stringify(Object.keys(require('ferrodis'))))"]));
  expect(names).toEqual(expect.arrayContaining(['createClient', 'createCluster', 'digest', 'ErrorReply', 'RESP_TYPES']));
  const esm = `import * as m from 'ferrodis'; import d from 'ferrodis'; const names = ${JSON.stringify(names)};
    console.log(names.filter((n) => m[n] === undefined || m[n] !== d[n]).join(',') || 'all');`;
  expect(run(['--input-type=module', '-e', esm]).trim()).toBe('all');
});

test('the guide\'s example runs against a real server, and the process exits by itself', () => {
  const guide = `
    import { createClient } from 'ferrodis';
    const client = createClient({ socket: { host: '127.0.0.1', port: ${server.port} } });
    client.on('error', (err) => console.log('Redis Client Error', err));
    await client.connect();
    await client.set('key', 'value');
    const value = await client.get('key');
    await client.hSet('user-session:123', { name: 'John', surname: 'Smith', company: 'Redis', age: 29 });
    const userSession = await client.hGetAll('user-session:123');
    console.log(value, JSON.stringify(userSession));
    await client.quit();`;
  fs.writeFileSync(path.join(project, 'guide.mjs'), guide);
  expect(run(['guide.mjs']).trim()).toBe('value {"name":"John","surname":"Smith","company":"Redis","age":"29"}');
});

test('a TypeScript file importing the installed package type-checks', () => {
  fs.writeFileSync(path.join(project, 'app.ts'), `
    import { createClient, type RedisClientType } from 'ferrodis';
    const client: RedisClientType = createClient();
    export async function read(key: string): Promise<string | null> { return client.get(key); }`);
  fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', typeRoots: [path.join(ROOT, 'node_modules', '@types')], types: ['node'] },
    files: ['app.ts'],
  }));
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  let output = '';
  try {
    run([tsc, '-p', 'tsconfig.json']);
  } catch (err) {
    output = `${err.stdout}${err.stderr}`;
  }
  expect(output).toBe('');
});
