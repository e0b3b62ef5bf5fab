import net from 'node:net';
import { Agent, request } from 'undici';
import { describe, expect, it } from 'vitest';

// The guard of test/harness/network-guard.ts is installed for this file like for every other one.
describe('the network guard of the tests', () => {
  it('refuses a connection to an address that is not this machine, before anything is sent', async () => {
    expect(() => net.connect({ host: '192.0.2.10', port: 443 })).toThrow(/tests only talk to loopback/);
    expect(() => net.connect(443, '198.51.100.7')).toThrow(/not this machine/);
    const agent = new Agent();
    await expect(request('https://203.0.113.5/x', { dispatcher: agent })).rejects.toThrow(/tests only talk to loopback/);
    await agent.close();
  });

  it('checks a host name on the addresses it resolves to', async () => {
    const lookup = ((_h: string, o: { all?: boolean }, cb: (e: null, a: unknown, f?: number) => void) =>
      o.all ? cb(null, [{ address: '10.1.2.3', family: 4 }]) : cb(null, '10.1.2.3', 4)) as unknown as net.LookupFunction;
    const socket = net.connect({ host: 'printer.example', port: 443, lookup });
    const err = await new Promise<Error>((resolve) => socket.once('error', resolve));
    expect(err.message).toMatch(/printer\.example \(10\.1\.2\.3\), which is not this machine/);
  });

  it('lets loopback through', async () => {
    const server = await helloServer('127.0.0.1');
    expect(await readAll({ host: 'localhost', port: server.port, family: 4 })).toBe('hello');
    await server.close();
  });

  // 'localhost' itself is never looked up by the guard, so these go through its lookup check with a made-up name.
  it.each([
    ['all answers (autoSelectFamily)', true],
    ['a single answer (family 4)', false],
  ])('lets a host name through whose lookup answers loopback: %s', async (_what, all) => {
    const server = await helloServer('127.0.0.1');
    const asked: Array<boolean> = [];
    const lookup = ((_h: string, o: { all?: boolean }, cb: (e: null, a: unknown, f?: number) => void) => {
      asked.push(o.all === true);
      return o.all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4);
    }) as unknown as net.LookupFunction;
    const options = all
      ? { host: 'sim.test', port: server.port, lookup, autoSelectFamily: true }
      : { host: 'sim.test', port: server.port, lookup, family: 4, autoSelectFamily: false };
    expect(await readAll(options)).toBe('hello');
    expect(asked).toEqual([all]); // the lookup was asked for the form this case is about, once
    await server.close();
  });

  it('lets the IPv6 loopback literal through', async (context) => {
    let server: Awaited<ReturnType<typeof helloServer>>;
    try {
      server = await helloServer('::1');
    } catch {
      context.skip(); // this machine has no IPv6 loopback
      return;
    }
    expect(await readAll({ host: '::1', port: server.port })).toBe('hello');
    await server.close();
  });
});

async function helloServer(host: string): Promise<{ port: number; close: () => Promise<void> }> {
  const server = net.createServer((s) => s.end('hello'));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolve);
  });
  const { port } = server.address() as net.AddressInfo;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function readAll(options: net.NetConnectOpts): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const c = net.connect(options, () => undefined);
    let data = '';
    c.on('data', (d) => {
      data += d.toString();
    });
    c.on('end', () => resolve(data));
    c.on('error', reject);
  });
}
