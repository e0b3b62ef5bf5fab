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
    const server = net.createServer((s) => s.end('hello'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    const text = await new Promise<string>((resolve, reject) => {
      const c = net.connect({ host: 'localhost', port, family: 4 }, () => undefined);
      let data = '';
      c.on('data', (d) => {
        data += d.toString();
      });
      c.on('end', () => resolve(data));
      c.on('error', reject);
    });
    expect(text).toBe('hello');
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});
