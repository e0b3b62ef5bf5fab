import { describe, expect, it } from 'vitest';
import { addressAllowed, addressRefusal, hostAllowed, isLocalHostName, parseAllowList } from './address-rules.js';

describe('addressRefusal: only global unicast addresses may be contacted', () => {
  // Written from the RFCs (6890 special-purpose registries), not from the code.
  const refused: Array<[string, RegExp]> = [
    ['127.0.0.1', /loopback/],
    ['127.255.255.254', /loopback/],
    ['::1', /loopback/],
    ['10.0.0.1', /private/],
    ['172.16.0.1', /private/],
    ['172.31.255.255', /private/],
    ['192.168.0.1', /private/],
    ['100.64.0.1', /carrier-grade NAT/],
    ['100.127.255.255', /carrier-grade NAT/],
    ['169.254.169.254', /cloud metadata/],
    ['169.254.1.1', /link-local/],
    ['fe80::1', /link-local/],
    ['fd00:ec2::254', /cloud metadata/],
    ['fc00::1', /unique-local/],
    ['fdff:ffff::1', /unique-local/],
    ['0.0.0.0', /unspecified/],
    ['0.255.255.255', /unspecified/],
    ['::', /unspecified/],
    ['224.0.0.1', /multicast/],
    ['239.1.2.3', /multicast/],
    ['ff02::1', /multicast/],
    ['255.255.255.255', /broadcast/],
    ['::ffff:127.0.0.1', /loopback/],
    ['::ffff:7f00:1', /loopback/],
    ['::ffff:10.1.2.3', /private/],
    ['::ffff:169.254.169.254', /cloud metadata/],
    ['::127.0.0.1', /loopback/], // IPv4-compatible (deprecated) form
    ['64:ff9b::7f00:1', /not a global unicast/],
    ['2002:7f00:1::1', /not a global unicast/],
    ['2001::1', /not a global unicast/],
    ['192.0.2.10', /reserved/],
    ['198.18.0.1', /reserved/],
    ['2001:db8::1', /reserved/],
    ['240.0.0.1', /reserved/],
    ['not-an-ip', /not an IP address/],
    ['127.1', /not an IP address/],
  ];
  it.each(refused)('refuses %s', (address, reason) => {
    expect(addressRefusal(address)).toMatch(reason);
  });

  it.each([
    '8.8.8.8',
    '93.184.216.34',
    '172.32.0.1',
    '100.128.0.1',
    '169.253.255.255',
    '2606:4700::1111',
    '::ffff:8.8.8.8',
    '[2a00:1450::1]',
  ])('allows %s', (address) => {
    expect(addressRefusal(address)).toBeUndefined();
  });
});

describe('names that mean this machine', () => {
  it.each([
    ['localhost', true],
    ['LOCALHOST.', true],
    ['app.localhost', true],
    ['localhost.localdomain', true],
    ['localhost.example.com', false],
    ['mylocalhost', false],
  ])('%s → %s', (name, local) => {
    expect(isLocalHostName(name)).toBe(local);
  });
});

describe('OUTBOUND_ALLOW_HOSTS', () => {
  it('takes host names, addresses and CIDR ranges, comma-separated, and nothing else', () => {
    const allow = parseAllowList(' portal.lan , 10.20.0.0/16,192.168.1.5, fd00::/8 ,::ffff:172.16.0.0/108,');
    expect(allow.map((e) => (e.kind === 'host' ? `host:${e.name}` : `range:${e.text}`))).toEqual([
      'host:portal.lan',
      'range:10.20.0.0/16',
      'range:192.168.1.5',
      'range:fd00::/8',
      'range:::ffff:172.16.0.0/108',
    ]);
    expect(hostAllowed(allow, 'PORTAL.LAN.')).toBe(true);
    expect(hostAllowed(allow, 'other.lan')).toBe(false);
    expect(addressAllowed(allow, '10.20.255.1')).toBe(true);
    expect(addressAllowed(allow, '10.21.0.1')).toBe(false);
    expect(addressAllowed(allow, '::ffff:10.20.0.9')).toBe(true); // mapped forms compare as IPv4
    expect(addressAllowed(allow, '192.168.1.5')).toBe(true);
    expect(addressAllowed(allow, '192.168.1.6')).toBe(false);
    expect(addressAllowed(allow, 'fd12::1')).toBe(true);
    expect(addressAllowed(allow, '172.16.0.200')).toBe(true); // ::ffff:172.16.0.0/108 is 172.16.0.0/12
    expect(addressAllowed(allow, '172.31.255.255')).toBe(true); // the last address of 172.16.0.0/12
    expect(addressAllowed(allow, '172.32.0.0')).toBe(false); // the first address past it
    expect(addressAllowed(allow, '172.15.255.255')).toBe(false); // the last address before it
    expect(addressAllowed(allow, '172.32.0.1')).toBe(false);
    expect(parseAllowList('')).toEqual([]);
    expect(parseAllowList(undefined)).toEqual([]);
    expect(() => parseAllowList('10.0.0.0/33')).toThrow('"10.0.0.0/33" is not a host name, IP address or CIDR range');
    expect(() => parseAllowList('http://portal.lan')).toThrow('is not a host name, IP address or CIDR range');
    expect(() => parseAllowList('bad_name!')).toThrow('is not a host name');
  });
});
