import dns from 'node:dns';
import net from 'node:net';

/**
 * No test reaches beyond this machine: every socket a test file opens (the app's, a client's, a library's) must go to
 * a loopback address. A connection to anything else fails at once with a clear error, before a byte is sent; a host
 * name is checked on the addresses it resolves to (through the socket's own lookup, so a test's simulated DNS works).
 * Installed for every test file by vitest.config.ts (setupFiles).
 */
export class UnplannedConnectionError extends Error {
  override name = 'UnplannedConnectionError';
  readonly code = 'EUNPLANNED_CONNECTION';
}

function isLoopback(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === '::1' || /^127\./.test(bare) || /^::ffff:127\./.test(bare) || bare === 'localhost';
}

function refusal(host: string, address?: string): UnplannedConnectionError {
  return new UnplannedConnectionError(
    `A test tried to connect to ${host}${address && address !== host ? ` (${address})` : ''}` +
      ', which is not this machine: tests only talk to loopback.',
  );
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

const originalConnect = net.Socket.prototype.connect;
const guarded = function (this: net.Socket, ...args: unknown[]) {
  let options: Record<string, unknown> | undefined;
  // net.connect() and tls.connect() pass their normalised [options, callback] array as the one argument.
  if (Array.isArray(args[0]) && args[0][0] && typeof args[0][0] === 'object') options = args[0][0] as Record<string, unknown>;
  else if (args[0] && typeof args[0] === 'object' && !Array.isArray(args[0])) options = args[0] as Record<string, unknown>;
  else if (typeof args[0] === 'number' || (typeof args[0] === 'string' && /^\d+$/.test(args[0]))) {
    options = { port: Number(args[0]), host: typeof args[1] === 'string' ? args[1] : 'localhost' };
    args = [options, ...args.slice(typeof args[1] === 'string' ? 2 : 1)];
  }
  if (options && options.path === undefined) {
    const host = typeof options.host === 'string' ? options.host : 'localhost';
    if (net.isIP(host.replace(/^\[|\]$/g, ''))) {
      if (!isLoopback(host)) throw refusal(host);
    } else if (host.toLowerCase() !== 'localhost') {
      const lookup = (typeof options.lookup === 'function' ? options.lookup : dns.lookup) as (
        h: string,
        o: object,
        cb: LookupCallback,
      ) => void;
      options.lookup = (hostname: string, o: object, cb: LookupCallback) =>
        lookup(hostname, o, (err, address, family) => {
          if (err) return cb(err, address, family);
          const all = Array.isArray(address) ? address.map((a) => a.address) : [address];
          const outside = all.find((a) => !isLoopback(a));
          if (outside) return cb(refusal(hostname, outside) as unknown as NodeJS.ErrnoException, address, family);
          cb(null, address, family);
        });
    }
  }
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
};
net.Socket.prototype.connect = guarded as typeof net.Socket.prototype.connect;
