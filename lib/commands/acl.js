'use strict';
// ACL commands. node-redis flags every one of them read-only and keyless (even ACL SETUSER).
const { int, withVariadic } = require('./args');
const { ADMIN, fixed, argumentList, record, ACL_USER, aclLog } = require('./transforms/server');

/** An ACL subcommand without arguments. */
const acl = (method, subcommand, ts) => fixed(method, ['ACL', subcommand], ts);

module.exports = {
  ACL_CAT: { method: 'aclCat', ts: '(categoryName?: RedisArgument): Promise<string[]>', ...ADMIN, build: (category) => (category ? ['ACL', 'CAT', category] : ['ACL', 'CAT']) },
  ACL_DELUSER: { method: 'aclDelUser', ts: '(username: RedisVariadicArgument): Promise<number>', ...ADMIN, build: (usernames) => withVariadic(['ACL', 'DELUSER'], usernames) },
  ACL_DRYRUN: {
    method: 'aclDryRun',
    ts: '(username: RedisArgument, command: Array<RedisArgument>): Promise<SimpleStringReply | BlobStringReply>',
    ...ADMIN,
    build: (username, command) => ['ACL', 'DRYRUN', username, ...argumentList(command, 'ACL DRYRUN command')],
  },
  ACL_GENPASS: { method: 'aclGenPass', ts: '(bits?: number): Promise<string>', ...ADMIN, build: (bits) => (bits ? ['ACL', 'GENPASS', int(bits, 'ACL GENPASS bits')] : ['ACL', 'GENPASS']) },
  // node-redis' RESP2 transform throws on an unknown user (null reply); we return null, as RESP3 does.
  ACL_GETUSER: {
    method: 'aclGetUser',
    ts: '(username: RedisArgument): Promise<AclUser | null>',
    ...ADMIN,
    build: (username) => ['ACL', 'GETUSER', username],
    reply: { 2: (reply) => (reply === null ? null : record(reply, ACL_USER)) },
  },
  ACL_LIST: acl('aclList', 'LIST', '(): Promise<string[]>'),
  ACL_LOAD: acl('aclLoad', 'LOAD', "(): Promise<'OK'>"),
  ACL_LOG: {
    method: 'aclLog',
    ts: '(count?: number): Promise<AclLogEntry[]>',
    ...ADMIN,
    build: (count) => (count === undefined || count === null ? ['ACL', 'LOG'] : ['ACL', 'LOG', int(count, 'ACL LOG count')]),
    reply: { 2: aclLog },
  },
  ACL_LOG_RESET: fixed('aclLogReset', ['ACL', 'LOG', 'RESET'], "(): Promise<'OK'>"),
  ACL_SAVE: acl('aclSave', 'SAVE', "(): Promise<'OK'>"),
  ACL_SETUSER: {
    method: 'aclSetUser',
    ts: "(username: RedisArgument, rule: RedisVariadicArgument): Promise<'OK'>",
    ...ADMIN,
    build: (username, rules) => withVariadic(['ACL', 'SETUSER', username], rules),
  },
  ACL_USERS: acl('aclUsers', 'USERS', '(): Promise<string[]>'),
  ACL_WHOAMI: acl('aclWhoAmI', 'WHOAMI', '(): Promise<string>'),
};
