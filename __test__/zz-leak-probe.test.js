const { startRedis } = require('./helpers/redis-server');
test('leak', async () => { const s = await startRedis(); require('fs').writeFileSync('/tmp/leakcheck/pid', String(s.pid)); });
