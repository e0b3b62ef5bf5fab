import ipaddr from 'ipaddr.js';

/**
 * Which network addresses Canopy may contact on a tenant's behalf (portals, webhooks, SMTP): global unicast only.
 * A tenant chooses those URLs, so without this rule it could point Canopy at the loopback interface, the private
 * network it runs in or the cloud metadata service (server-side request forgery). The rule is an allow rule, not a
 * list of bad ranges: anything ipaddr.js does not classify as global `unicast` is refused, including the IPv6 forms
 * that embed an IPv4 address (IPv4-mapped and -compatible are unwrapped first; NAT64, 6to4 and Teredo are refused).
 */

const RANGE_NAMES: Readonly<Record<string, string>> = {
  loopback: 'a loopback address',
  private: 'a private network address (RFC 1918)',
  carrierGradeNat: 'a carrier-grade NAT address (100.64.0.0/10)',
  linkLocal: 'a link-local address',
  uniqueLocal: 'a unique-local address (fc00::/7)',
  unspecified: 'an unspecified address (0.0.0.0/8 or ::)',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
};

/** The cloud instance metadata service (AWS, GCP, Azure, …): the classic SSRF target. */
const METADATA_ADDRESSES = new Set(['169.254.169.254', 'fd00:ec2::254']);

/** A parsed address, IPv4-mapped and IPv4-compatible IPv6 forms unwrapped to IPv4. Undefined when not an address. */
export function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  if (!ipaddr.isValid(bare)) return undefined;
  // ipaddr.js accepts legacy IPv4 forms (octal, hex, one or two parts) that URL parsing normalises anyway.
  if (bare.includes('.') && !bare.includes(':') && !ipaddr.IPv4.isValidFourPartDecimal(bare)) return undefined;
  return ipaddr.process(bare);
}

/** Why an address may not be contacted (a phrase for messages), or undefined when it is global unicast. */
export function addressRefusal(address: string): string | undefined {
  const parsed = parseAddress(address);
  if (!parsed) return 'not an IP address';
  const range = parsed.range();
  if (range === 'unicast') return undefined;
  const normal = parsed.toNormalizedString();
  if (METADATA_ADDRESSES.has(normal) || METADATA_ADDRESSES.has(parsed.toString())) return 'the cloud metadata address (link-local)';
  return RANGE_NAMES[range] ?? `not a global unicast address (${range})`;
}

/** Host names that always mean this machine (RFC 6761), whatever DNS says. */
export function isLocalHostName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost') || name === 'localhost.localdomain';
}

export type AllowEntry = { kind: 'host'; name: string } | { kind: 'range'; range: [ipaddr.IPv4 | ipaddr.IPv6, number]; text: string };

/**
 * OUTBOUND_ALLOW_HOSTS: comma-separated host names, IP addresses or CIDR ranges an operator opts in (a portal on the
 * provider's LAN, a local mail relay). Throws a plain Error naming the entry that is none of these.
 */
export function parseAllowList(text: string | undefined): AllowEntry[] {
  const entries: AllowEntry[] = [];
  for (const raw of (text ?? '').split(',')) {
    const item = raw.trim();
    if (!item) continue;
    if (item.includes('/')) {
      let range: [ipaddr.IPv4 | ipaddr.IPv6, number];
      try {
        range = ipaddr.parseCIDR(item);
      } catch {
        throw new Error(`"${item}" is not a host name, IP address or CIDR range`);
      }
      entries.push({ kind: 'range', range: unwrapMappedRange(range), text: item });
      continue;
    }
    const address = parseAddress(item);
    if (address) {
      entries.push({ kind: 'range', range: [address, address.kind() === 'ipv4' ? 32 : 128], text: item });
      continue;
    }
    if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?$/i.test(item))
      throw new Error(`"${item}" is not a host name, IP address or CIDR range`);
    entries.push({ kind: 'host', name: item.toLowerCase().replace(/\.$/, '') });
  }
  return entries;
}

/** ::ffff:10.0.0.0/104 is 10.0.0.0/8: addresses are compared after the same unwrapping. */
function unwrapMappedRange([addr, bits]: [ipaddr.IPv4 | ipaddr.IPv6, number]): [ipaddr.IPv4 | ipaddr.IPv6, number] {
  if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96)
    return [(addr as ipaddr.IPv6).toIPv4Address(), bits - 96];
  return [addr, bits];
}

export function hostAllowed(allow: readonly AllowEntry[], host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return allow.some((e) => e.kind === 'host' && e.name === name);
}

export function addressAllowed(allow: readonly AllowEntry[], address: string): boolean {
  const parsed = parseAddress(address);
  if (!parsed) return false;
  return allow.some((e) => e.kind === 'range' && e.range[0].kind() === parsed.kind() && parsed.match(e.range as [ipaddr.IPv4, number]));
}
