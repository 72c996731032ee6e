'use strict';
// What the results were measured on, for the header of RESULTS.md.

const fs = require('fs');
const os = require('os');

function cpuModel() {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) return m[1].trim();
  } catch {}
  return (os.cpus()[0] && os.cpus()[0].model) || 'unknown';
}

function osName() {
  try {
    const m = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(fs.readFileSync('/etc/os-release', 'utf8'));
    if (m) return `${m[1]}, kernel ${os.release()}`;
  } catch {}
  return `${os.type()} ${os.release()}`;
}

function describeMachine() {
  return {
    cpu: cpuModel(),
    cores: os.cpus().length,
    ramGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: osName(),
    node: process.version,
    arch: process.arch,
  };
}

module.exports = { describeMachine };
