'use strict';
// node-redis' `credentialsProvider` option. An async provider (`credentials()`) is asked before
// each connection attempt, its answer replacing `username`/`password` in that handshake. A
// streaming provider (`subscribe(listener)`, as node-redis' Entra ID support uses) is subscribed
// to once: its first credentials open the connection, each later one re-authenticates the live
// connection (AUTH) and is what the next reconnections use; a failure to do either goes to its
// `onReAuthenticationError`. (node-redis subscribes again at every reconnection.)

class CredentialsError extends Error {}
class UnableToObtainNewCredentialsError extends Error {}
for (const Class of [CredentialsError, UnableToObtainNewCredentialsError]) {
  Object.defineProperty(Class.prototype, 'name', { value: Class.name, configurable: true, writable: true });
}

class Credentials {
  constructor(client, provider) {
    this.client = client;
    this.provider = provider;
    this.current = undefined; // the latest credentials: { username?, password? }
    this.subscription = undefined; // a streaming provider's disposable
    this.subscribing = null;
  }

  /** The credentials for a new connection. */
  async fetch() {
    const { provider } = this;
    if (provider.type === 'async-credentials-provider') {
      this.current = checked(await provider.credentials());
      return this.current;
    }
    if (this.subscription === undefined) {
      this.subscribing ??= provider.subscribe({
        onNext: (credentials) => this._next(credentials),
        onError: (error) => provider.onReAuthenticationError(new UnableToObtainNewCredentialsError(`Error from streaming credentials provider: ${error?.message ?? error}`)),
      });
      try {
        const [initial, disposable] = await this.subscribing;
        this.subscription = disposable;
        this.current ??= checked(initial);
      } finally {
        this.subscribing = null;
      }
    }
    return this.current;
  }

  /** A streaming provider pushed new credentials: the live connection re-authenticates. */
  _next(credentials) {
    let valid;
    try {
      valid = checked(credentials);
    } catch (err) {
      this.provider.onReAuthenticationError(new CredentialsError(err.message));
      return;
    }
    this.client.reAuthenticate(valid).catch((err) => this.provider.onReAuthenticationError(new CredentialsError(err instanceof Error ? err.message : String(err))));
  }

  dispose() {
    this.subscription?.dispose?.();
    this.subscription = undefined;
  }
}

/** Credentials as a provider must give them: an object with optional string username/password. */
function checked(credentials) {
  const ok = credentials !== null && typeof credentials === 'object' &&
    (credentials.username === undefined || typeof credentials.username === 'string') &&
    (credentials.password === undefined || typeof credentials.password === 'string');
  if (!ok) throw new TypeError('a credentials provider must give { username?: string, password?: string }');
  return credentials;
}

module.exports = { Credentials, CredentialsError, UnableToObtainNewCredentialsError };
