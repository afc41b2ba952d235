import { Writable } from 'node:stream';
import { redactForLog, REDACTED } from '../../src/lib/redact';
import { createLogger } from '../../src/logger';

describe('log redaction', () => {
  test('drops secrets and card data at any depth, whatever the key spelling', () => {
    const out = redactForLog({
      headers: { Authorization: 'Bearer abc.def', 'x-api-key': 'k' },
      body: { access_token: 't1', nested: { clientSecret: 's', client_secret: 's2', card: { cardNumber: '4111111111111111', cvv: '123' } } },
      list: [{ refresh_token: 'r' }],
    });
    expect(JSON.stringify(out)).not.toMatch(/abc\.def|t1|"s"|s2|4111111111111111|"123"|"r"|"k"/);
    expect(out).toMatchObject({ headers: { Authorization: REDACTED }, body: { access_token: REDACTED } });
  });

  test("a payment link's verificationToken (ASM-A57) is dropped, as a number or as digits", () => {
    expect(redactForLog({ link: { verificationToken: 457856, verification_token: '457856' } })).toEqual({ link: { verificationToken: REDACTED, verification_token: REDACTED } });
  });

  test('masks CPF/CNPJ values under document keys', () => {
    const out = redactForLog({ debtor: { document: '12345678909' }, payer: { documentNumber: '11222333000181' } }) as any;
    expect(out.debtor.document).not.toContain('12345678909');
    expect(out.payer.documentNumber).not.toContain('11222333000181');
    expect(out.debtor.document).toMatch(/\*/);
  });

  test('scrubs bearer tokens and webhook secrets inside free text', () => {
    const out = redactForLog({ msg: 'failed with header Bearer eyJhbGciOi.abc and url /webhooks/astra/Zx9_secretSegment123' });
    expect(JSON.stringify(out)).not.toMatch(/eyJhbGciOi|Zx9_secretSegment123/);
  });

  test('the logger applies it to every line', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk, _e, cb) => {
        lines.push(chunk.toString());
        cb();
      },
    });
    const logger = createLogger('info', sink);
    logger.info({ token: 'tok-123', debtor: { cpf: '12345678909' } }, 'hello');
    expect(lines.join('')).not.toMatch(/tok-123|12345678909/);
    expect(lines.join('')).toContain('hello');
  });

  test('exact shape: primitives kept, arrays mapped, errors reduced to type and scrubbed message', () => {
    const error = new TypeError('boom with Bearer abc.def');
    expect(redactForLog({ n: 1, b: false, z: null, u: undefined, list: [1, 'x', { token: 't' }], error })).toEqual({
      n: 1,
      b: false,
      z: null,
      u: undefined,
      list: [1, 'x', { token: REDACTED }],
      error: { type: 'TypeError', message: 'boom with Bearer [REDACTED]' },
    });
    expect(redactForLog(42)).toBe(42);
    expect(redactForLog(null)).toBeNull();
    expect(redactForLog([{ secret: 's' }])).toEqual([{ secret: REDACTED }]);
  });

  test('a document key holding a non-string is redacted recursively, not masked', () => {
    expect(redactForLog({ document: { number: 7, token: 't' } })).toEqual({ document: { number: 7, token: REDACTED } });
  });

  test('free-text scrubbing keeps the rest of the text', () => {
    expect(redactForLog('GET /webhooks/astra/Zx9_secretSegment123 failed, Bearer a.b')).toBe('GET /webhooks/astra/[REDACTED] failed, Bearer [REDACTED]');
  });

  test('nesting deeper than 6 levels is cut at exactly 6 (objects, arrays and errors each count a level)', () => {
    const nest = (levels: number): unknown => (levels === 0 ? 'leaf' : { a: nest(levels - 1) });
    expect(JSON.stringify(redactForLog(nest(6)))).toBe('{"a":{"a":{"a":{"a":{"a":{"a":"leaf"}}}}}}');
    expect(JSON.stringify(redactForLog(nest(7)))).toBe('{"a":{"a":{"a":{"a":{"a":{"a":"[depth]"}}}}}}');
    const nestArrays = (levels: number): unknown => (levels === 0 ? 'leaf' : [nestArrays(levels - 1)]);
    expect(JSON.stringify(redactForLog(nestArrays(7)))).toBe('[[[[[["[depth]"]]]]]]');
    // An Error is one level, its {type, message} stand-in another.
    expect(redactForLog([[[[[new Error('m')]]]]])).toEqual([[[[['[depth]']]]]]);
    expect(redactForLog([[[[new Error('m')]]]])).toEqual([[[[{ type: 'Error', message: 'm' }]]]]);
  });
});
