import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config';
import { createLogger, logDestination } from '../../src/logger';

function capture(): { sink: Writable; text: () => string } {
  const chunks: string[] = [];
  const sink = new Writable({
    write: (chunk, _encoding, done) => {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { sink, text: () => chunks.join('') };
}

describe('log format', () => {
  test('pretty: one readable line per entry, no JSON, and still redacted', () => {
    const out = capture();
    const logger = createLogger('info', logDestination('pretty', out.sink));
    logger.warn({ astraSimulator: 'http://127.0.0.1:5001' }, 'SANDBOX MODE: using the embedded provider simulators');
    logger.info(
      { accessToken: 'tok-secret-123', debtor: { document: '12345678909' }, card: { cardNumber: '4111111111111111' } },
      'Paygraph ready at http://127.0.0.1:4000/graphql (upstream said Bearer eyJhbGciOi.abc)',
    );
    const text = out.text();
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] WARN: SANDBOX MODE: using the embedded provider simulators$/);
    expect(text).toMatch(/\n\[\d\d:\d\d:\d\d\.\d{3}\] INFO: Paygraph ready at http:\/\/127\.0\.0\.1:4000\/graphql/);
    expect(text).toContain('astraSimulator: "http://127.0.0.1:5001"');
    expect(text).not.toMatch(/^\{"level"/m);
    expect(text).not.toMatch(/tok-secret-123|12345678909|4111111111111111|eyJhbGciOi/);
    expect(text).toContain('[REDACTED]');
  });

  test('json: pino lines, as before', () => {
    expect(logDestination('json')).toBeUndefined();
    const out = capture();
    createLogger('info', out.sink).info({ token: 'tok-1' }, 'hello');
    expect(JSON.parse(out.text())).toMatchObject({ level: 30, msg: 'hello', token: '[REDACTED]' });
  });

  test('pretty only in a terminal outside production, unless LOG_FORMAT says otherwise', () => {
    const production = { NODE_ENV: 'production', API_KEYS: 'app=0123456789abcdef0123' };
    expect(loadConfig({}, true).logFormat).toBe('pretty');
    expect(loadConfig({}, false).logFormat).toBe('json');
    expect(loadConfig(production, true).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'json' }, true).logFormat).toBe('json');
    expect(loadConfig({ LOG_FORMAT: 'pretty' }, false).logFormat).toBe('pretty');
  });
});
