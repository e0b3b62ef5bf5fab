import net from 'node:net';
import tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness/app.js';

const t = useTestApp();

/** Sends raw bytes to the port and collects whatever comes back until the server closes the socket. */
function rawExchange(port: number, payload: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    socket.setTimeout(5_000, () => {
      socket.destroy();
      reject(new Error('server neither answered nor closed'));
    });
    socket.on('connect', () => socket.write(payload));
    socket.on('data', (d) => {
      received += d.toString('latin1');
    });
    socket.on('error', () => resolve(received));
    socket.on('close', () => resolve(received));
  });
}

describe('HTTPS only', () => {
  it('never answers a plain-HTTP request with HTTP', async () => {
    const answer = await rawExchange(t.port(), 'GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    expect(answer).not.toMatch(/HTTP\/1\.[01]/);
    expect(answer).not.toContain('ok');
  });

  it('serves HTTPS with a certificate for localhost signed by the generated CA', async () => {
    const res = await t.api('GET', '/healthz');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: 'ok' });
  });

  it('sends HSTS on every response, errors included', async () => {
    for (const path of ['/healthz', '/v1/account', '/nowhere']) {
      const res = await t.api('GET', path);
      expect(res.headers['strict-transport-security'], path).toMatch(/max-age=\d{7,}/);
    }
  });

  it('refuses TLS 1.1 and accepts TLS 1.2 and 1.3', async () => {
    const handshake = (maxVersion: tls.SecureVersion, minVersion: tls.SecureVersion) =>
      new Promise<string>((resolve, reject) => {
        const socket = tls.connect({ host: '127.0.0.1', port: t.port(), servername: 'localhost', ca: t.caPem(), minVersion, maxVersion });
        socket.on('secureConnect', () => {
          const v = socket.getProtocol() ?? '';
          socket.end();
          resolve(v);
        });
        socket.on('error', reject);
      });
    await expect(handshake('TLSv1.1', 'TLSv1')).rejects.toThrow();
    expect(await handshake('TLSv1.2', 'TLSv1.2')).toBe('TLSv1.2');
    expect(await handshake('TLSv1.3', 'TLSv1.3')).toBe('TLSv1.3');
  });

  it('is not trusted by a client without the CA', async () => {
    await expect(
      new Promise((resolve, reject) => {
        const socket = tls.connect({ host: '127.0.0.1', port: t.port(), servername: 'localhost' });
        socket.on('secureConnect', () => {
          socket.end();
          resolve('trusted');
        });
        socket.on('error', reject);
      }),
    ).rejects.toThrow(/self-signed|unable to get local issuer|certificate/i);
  });
});
