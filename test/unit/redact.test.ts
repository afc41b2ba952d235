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
    const sink = new Writable({ write: (chunk, _e, cb) => { lines.push(chunk.toString()); cb(); } });
    const logger = createLogger('info', sink);
    logger.info({ token: 'tok-123', debtor: { cpf: '12345678909' } }, 'hello');
    expect(lines.join('')).not.toMatch(/tok-123|12345678909/);
    expect(lines.join('')).toContain('hello');
  });
});
