// Connect to a Redis cluster with createCluster and a list of root nodes.
//
// Source: redis.io "Connect to the server" (https://redis.io/docs/latest/develop/clients/nodejs/connect/),
// section "Connect to a Redis cluster".
// Verbatim except: `from 'ferrodis'`, and the guide's `// ...` placeholder line in rootNodes is
// kept as a comment (it is one).
// Server: a cluster (the test uses 3 masters + 3 replicas).
import { createCluster } from 'ferrodis';

const cluster = createCluster({
    rootNodes: [
        {
            url: 'redis://127.0.0.1:16379'
        },
        {
            url: 'redis://127.0.0.1:16380'
        },
        // ...
    ]
});

cluster.on('error', (err) => console.log('Redis Cluster Error', err));

await cluster.connect();

await cluster.set('foo', 'bar');
const value = await cluster.get('foo');
console.log(value); // returns 'bar'

await cluster.close();
