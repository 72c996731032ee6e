// `npm run example [-- <snippet.mjs>]`: starts a throw-away redis-server on a free port (never
// 6379), runs a guide snippet against it (connect-basic.mjs by default) through target.cjs, prints
// its output and stops the server. FERRODIS_EXAMPLES_PACKAGE=redis runs it on node-redis instead.
import { createRequire } from 'module';

const require = createRequire(import.meta.url);
const { startRedis } = require('../__test__/helpers/redis-server.js');
const { runExample, defaultPackage } = require('./target.cjs');

const snippet = process.argv[2] || 'connect-basic.mjs';
const server = await startRedis();
let result;
try {
  console.log(`# ${snippet} with '${defaultPackage()}' against redis-server pid ${server.pid} on ${server.host}:${server.port}`);
  result = await runExample(snippet, { host: server.host, port: server.port });
} finally {
  await server.stop();
}
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
if (result.timedOut) console.error(`# ${snippet} did not exit within the time limit (killed)`);
console.log(`# exit code ${result.code}`);
process.exitCode = result.code === 0 ? 0 : 1;
