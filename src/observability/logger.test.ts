import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      lines.push(chunk.toString());
      cb();
    },
  });
  return { lines, logger: createLogger({ level: 'info', pretty: false, destination }) };
}

describe('logger redaction', () => {
  it('never writes passwords, API keys, tokens or authorization headers', () => {
    const { lines, logger } = capture();
    logger.info({ password: 'hunter2', server: { password: 'p4ss', username: 'kept' }, api_key: 'cnp_secret', token: 't0k' }, 'one');
    logger.info({ req: { headers: { authorization: 'Bearer cnp_abc', cookie: 'sid=1' } } }, 'two');
    logger.child({ databaseUrl: 'postgres://u:pw@h/db' }).info('three');
    const out = lines.join('');
    for (const secret of ['hunter2', 'p4ss', 'cnp_secret', 't0k', 'cnp_abc', 'sid=1', 'pw@h']) expect(out).not.toContain(secret);
    expect(out).toContain('kept');
    expect(out).toContain('[redacted]');
  });
});
