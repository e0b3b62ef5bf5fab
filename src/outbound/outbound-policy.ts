import dns from 'node:dns';
import net from 'node:net';
import { buildConnector } from 'undici';
import { BadRequestError } from '../errors.js';
import { addressAllowed, addressRefusal, hostAllowed, isLocalHostName, type AllowEntry } from './address-rules.js';

/**
 * The one gate for every connection Canopy opens to an address a tenant chose (portal URLs, webhook URLs) or an
 * operator configured (the SMTP host). A host is contacted only when it is named in OUTBOUND_ALLOW_HOSTS, or when
 * every address it resolves to is global unicast or inside an allowed range (src/outbound/address-rules.ts).
 *
 * The check is made on the resolved address at connection time, through the socket's own `lookup`: the address
 * checked is the address connected to, so a DNS answer that changes between registration and connection (DNS
 * rebinding) cannot reach a refused address. IP literals, which sockets do not look up, are checked before connecting.
 */

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** How host names are resolved: dns.lookup (the system resolver, /etc/hosts included) unless a test gives another. */
export type ResolveAll = (host: string) => Promise<ResolvedAddress[]>;

const systemResolve: ResolveAll = async (host) =>
  (await dns.promises.lookup(host, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

/** A destination the outbound rule refuses: a 400 at registration, a failed connection later; never contacted. */
export class OutboundRefusedError extends BadRequestError {
  override name = 'OutboundRefusedError';
  readonly code = 'EOUTBOUND_REFUSED';
  constructor(message: string) {
    super(message, { reason: 'outbound_refused' });
  }
}

export interface OutboundPolicy {
  /** The addresses of a host (a name or an IP literal), when Canopy may contact all of them; OutboundRefusedError otherwise. */
  resolve(host: string): Promise<ResolvedAddress[]>;
  /** A `lookup` for net/tls sockets that only ever yields addresses `resolve` allowed. */
  lookup: net.LookupFunction;
  /** Checks a URL's host now (registration): OutboundRefusedError naming `what` (e.g. "The portal URL"). */
  checkUrl(url: string, what: string): Promise<void>;
  /** An undici `connect` function whose sockets pass through this policy (for an Agent's `connect` option). */
  connector(options: buildConnector.BuildOptions): buildConnector.connector;
}

const ADVICE = 'Canopy only connects to public internet addresses; an operator can allow a host with OUTBOUND_ALLOW_HOSTS.';

export function createOutboundPolicy(opts: { allow: readonly AllowEntry[]; resolveAll?: ResolveAll }): OutboundPolicy {
  const { allow } = opts;
  const resolveAll = opts.resolveAll ?? systemResolve;

  function refuse(host: string, address: string | undefined, reason: string): never {
    const shown = address && address !== host ? `${host} resolves to ${address}, ${reason}` : `${host} is ${reason}`;
    throw new OutboundRefusedError(`Refusing to connect: ${shown}. ${ADVICE}`);
  }

  function checkAddress(host: string, address: string): void {
    if (addressAllowed(allow, address)) return;
    const reason = addressRefusal(address);
    if (reason) refuse(host, address, reason);
  }

  /** An IP literal (sockets do not look it up): allowed when named in the allow list or when its address passes. */
  function checkLiteral(host: string): void {
    if (!hostAllowed(allow, host)) checkAddress(host, host);
  }

  async function resolve(rawHost: string): Promise<ResolvedAddress[]> {
    const host = rawHost.startsWith('[') && rawHost.endsWith(']') ? rawHost.slice(1, -1) : rawHost;
    if (net.isIP(host)) {
      checkLiteral(host);
      return [{ address: host, family: net.isIPv6(host) ? 6 : 4 }];
    }
    const named = hostAllowed(allow, host);
    let addresses: ResolvedAddress[];
    try {
      addresses = await resolveAll(host);
    } catch (err) {
      throw Object.assign(new Error(`Could not resolve ${host}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`), {
        code: (err as NodeJS.ErrnoException).code ?? 'ENOTFOUND',
        cause: err,
      });
    }
    if (!addresses.length) throw Object.assign(new Error(`Could not resolve ${host}: no addresses`), { code: 'ENOTFOUND' });
    // Every address must pass: a name with one public and one private address would otherwise reach the private one.
    if (!named) for (const a of addresses) checkAddress(host, a.address);
    // "localhost" and *.localhost mean this machine whatever a resolver answers (RFC 6761): only allowed ranges pass.
    if (!named && isLocalHostName(host) && !addresses.every((a) => addressAllowed(allow, a.address)))
      refuse(host, undefined, 'this machine (a loopback name)');
    return addresses;
  }

  const lookup: net.LookupFunction = (hostname, options, callback) => {
    const all = typeof options === 'object' && options !== null && (options as dns.LookupAllOptions).all === true;
    const family = typeof options === 'object' && options !== null ? options.family : options;
    resolve(hostname).then(
      (addresses) => {
        const wanted =
          family === 4 || family === 6 || family === 'IPv4' || family === 'IPv6'
            ? addresses.filter((a) => a.family === (family === 'IPv6' || family === 6 ? 6 : 4))
            : addresses;
        if (!wanted.length) {
          callback(
            Object.assign(new Error(`No IPv${family} address for ${hostname}`), { code: 'ENOTFOUND' }) as NodeJS.ErrnoException,
            '',
            4,
          );
        } else if (all) {
          (callback as unknown as (err: null, addresses: dns.LookupAddress[]) => void)(null, wanted);
        } else {
          callback(null, wanted[0]!.address, wanted[0]!.family);
        }
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 4),
    );
  };

  return {
    resolve,
    lookup,

    async checkUrl(url: string, what: string) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw new BadRequestError(`${what} is not a valid URL.`);
      }
      try {
        await resolve(parsed.hostname);
      } catch (err) {
        if (err instanceof OutboundRefusedError) throw new OutboundRefusedError(`${what} is not allowed. ${err.message}`);
        // A name that does not resolve is not refused here: the connection attempt reports it as unreachable.
      }
    },

    connector(options) {
      const connect = buildConnector({ ...options, lookup } as buildConnector.BuildOptions);
      return (connectOptions, callback) => {
        const host = connectOptions.hostname;
        if (net.isIP(host)) {
          try {
            checkLiteral(host);
          } catch (err) {
            callback(err as Error, null);
            return;
          }
        }
        connect(connectOptions, callback);
      };
    },
  };
}
