#!/bin/sh
# Regenerates the fixtures of core/src/tls's unit tests (valid for 100 years). Run from this folder.
set -eu
ec() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1"; }
ca() { # name, CN
  ec "$1.key"
  openssl req -x509 -new -key "$1.key" -sha256 -days 36500 -subj "/CN=$2" \
    -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign -out "$1.pem"
}
leaf() { # name, CA, extensions
  ec "$1.key"
  openssl req -new -key "$1.key" -subj "/CN=$1" -out "$1.csr"
  printf '%s\n' "$3" > "$1.ext"
  openssl x509 -req -in "$1.csr" -CA "$2.pem" -CAkey "$2.key" -CAcreateserial -sha256 -days 36500 \
    -extfile "$1.ext" -out "$1.pem"
  rm "$1.csr" "$1.ext"
}
ca ca 'ferrodis unit test CA'
ca other-ca 'another CA'
leaf server ca 'subjectAltName=DNS:localhost,IP:127.0.0.1
extendedKeyUsage=serverAuth'
leaf untrusted-server other-ca 'subjectAltName=DNS:localhost,IP:127.0.0.1
extendedKeyUsage=serverAuth'
leaf client ca 'extendedKeyUsage=clientAuth'
# X.509 v1 (no extensions) for the client key
openssl req -new -key client.key -subj /CN=client-v1 -out client-v1.csr
openssl x509 -req -in client-v1.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 36500 -out client-v1.pem
rm client-v1.csr
# PKCS#12: OpenSSL 3's defaults (PBES2, AES-256-CBC, SHA-256 MAC), -legacy (RC2-40/3DES, SHA-1), no password
openssl pkcs12 -export -in client.pem -inkey client.key -certfile ca.pem -passout pass:secret -out client.p12
openssl pkcs12 -export -legacy -in client.pem -inkey client.key -certfile ca.pem -passout pass:secret -out client-legacy.p12
openssl pkcs12 -export -in client.pem -inkey client.key -passout pass: -out client-nopass.p12
openssl pkcs12 -export -in client.pem -inkey client.key -passout pass:pässwörd -out client-unicode.p12
# Encrypted keys: PKCS#8 PBES2 (AES + PBKDF2, and scrypt), and the old OpenSSL format
openssl pkcs8 -topk8 -in client.key -v2 aes-256-cbc -passout pass:secret -out client-key-pbes2.pem
openssl pkcs8 -topk8 -in client.key -scrypt -passout pass:secret -out client-key-scrypt.pem
openssl ec -in client.key -aes128 -passout pass:secret -out client-key-traditional.pem
rm -f ./*.srl ca.key other-ca.key untrusted-server.key server.key
