'use strict';
// Certificates for the benchmark's TLS port, made with `openssl` in the server's temporary
// directory (removed with it): a CA, a server certificate for 127.0.0.1 and localhost, and a
// client certificate, since the server requires one (tls-auth-clients yes). P-256 keys: quick to
// make, accepted by OpenSSL (redis-server, redis-benchmark, Node) and rustls alike. The same shape
// as the tests' certificates (__test__/helpers/redis-server.js), kept here so that benchmark/
// stands on its own.

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

function openssl(args, cwd) {
  try {
    execFileSync('openssl', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const why = err.code === 'ENOENT' ? 'openssl not found' : err.stderr ? err.stderr.toString().trim() : err.message;
    throw new Error(`openssl ${args[0]} failed (needed for the TLS workloads): ${why}`);
  }
}

/** Writes the certificates into `dir`; returns their paths: { ca, cert, key, clientCert, clientKey }. */
function generateCerts(dir) {
  const ecKey = (name) => openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', name], dir);
  ecKey('ca.key');
  openssl(['req', '-x509', '-new', '-key', 'ca.key', '-sha256', '-days', '30', '-subj', '/CN=ferrodis benchmark CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign', '-out', 'ca.crt'], dir);
  const leaf = (name, cn, extensions) => {
    ecKey(`${name}.key`);
    openssl(['req', '-new', '-key', `${name}.key`, '-subj', `/CN=${cn}`, '-out', `${name}.csr`], dir);
    fs.writeFileSync(path.join(dir, `${name}.ext`), `${extensions.join('\n')}\n`);
    openssl(['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial',
      '-sha256', '-days', '30', '-extfile', `${name}.ext`, '-out', `${name}.crt`], dir);
  };
  leaf('server', 'localhost', ['basicConstraints=critical,CA:FALSE', 'keyUsage=critical,digitalSignature',
    'extendedKeyUsage=serverAuth', 'subjectAltName=DNS:localhost,IP:127.0.0.1']);
  leaf('client', 'ferrodis benchmark client', ['basicConstraints=critical,CA:FALSE', 'keyUsage=critical,digitalSignature',
    'extendedKeyUsage=clientAuth']);
  const at = (file) => path.join(dir, file);
  return { ca: at('ca.crt'), cert: at('server.crt'), key: at('server.key'), clientCert: at('client.crt'), clientKey: at('client.key') };
}

module.exports = { generateCerts };
