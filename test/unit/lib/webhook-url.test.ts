import { Writable } from 'node:stream';
import { createLogger } from '../../../src/logger';
import { redactForLog } from '../../../src/lib/redact';
import { MemoryWebhookSecretStore } from '../../../src/webhooks/secret-store';
import { extractSecret, isMaskedWebhookUrl, maskWebhookUrl, webhookUrlFor, webhookUrlProblem } from '../../../src/lib/webhook-url';

const SECRET = 'Zx9_secretSegment-0123456789abcdefghijklmnop';

describe('Paygraph webhook URLs', () => {
  test('webhookUrlFor builds <publicUrl>/webhooks/<provider>/<secret>', () => {
    expect(webhookUrlFor('https://pay.example.com', 'ASTRA', SECRET)).toBe(`https://pay.example.com/webhooks/astra/${SECRET}`);
    expect(webhookUrlFor('https://pay.example.com/api/', 'ASTRA', SECRET)).toBe(`https://pay.example.com/api/webhooks/astra/${SECRET}`);
  });

  test('maskWebhookUrl hides the whole secret segment and nothing else', () => {
    expect(maskWebhookUrl(`https://pay.example.com/webhooks/astra/${SECRET}`)).toBe('https://pay.example.com/webhooks/astra/****');
    expect(maskWebhookUrl(`http://127.0.0.1:4000/api/webhooks/astra/${SECRET}`)).toBe('http://127.0.0.1:4000/api/webhooks/astra/****');
    expect(maskWebhookUrl(`https://x.example/WEBHOOKS/Astra/${SECRET}?a=1#f`)).toBe('https://x.example/WEBHOOKS/Astra/****?a=1#f');
    // Short segments too: nothing about the secret survives, not even its last characters.
    expect(maskWebhookUrl('https://x.example/webhooks/astra/abc')).toBe('https://x.example/webhooks/astra/****');
  });

  test('foreign URLs are returned as they are', () => {
    for (const url of [
      'https://hooks.example.com/astra/abc123',
      'https://api.example.com/hooks/astra/3c9f0b7e',
      'https://x.example/webhooks',
      'https://x.example/webhooks/astra/',
    ]) {
      expect(maskWebhookUrl(url)).toBe(url);
    }
  });

  test('extractSecret reads the last segment of a Paygraph URL, optionally for one provider', () => {
    const url = webhookUrlFor('https://pay.example.com/api', 'ASTRA', SECRET);
    expect(extractSecret(url)).toBe(SECRET);
    expect(extractSecret(url, 'ASTRA')).toBe(SECRET);
    expect(extractSecret(url, 'PAGSTAR')).toBeNull();
    expect(extractSecret('https://hooks.example.com/astra/abc')).toBeNull();
    expect(extractSecret(`https://x.example/webhooks/astra/${SECRET}/more`)).toBeNull();
    expect(extractSecret('not a url')).toBeNull();
    expect(extractSecret(maskWebhookUrl(url))).toBeNull();
  });

  test('webhookUrlProblem enforces ASM-A17 (absolute http(s), at most 500 characters) and refuses masked URLs', () => {
    expect(webhookUrlProblem('https://hooks.example.com/astra', 500)).toBeNull();
    expect(webhookUrlProblem('http://127.0.0.1:9/x', 500)).toBeNull();
    const base = 'https://x.example/';
    expect(webhookUrlProblem(base + 'a'.repeat(500 - base.length + 1), 500)).toMatch(/at most 500/);
    expect(webhookUrlProblem(base + 'a'.repeat(500 - base.length), 500)).toBeNull();
    for (const bad of ['ftp://x.example/a', 'mailto:a@b.c', '/relative/path', 'not a url', ' https://x.example', 'https://x.example/a b']) {
      expect(webhookUrlProblem(bad, 500)).toEqual(expect.any(String));
    }
    expect(webhookUrlProblem('', 500)).toMatch(/empty/);
    expect(isMaskedWebhookUrl('https://pay.example.com/webhooks/astra/****')).toBe(true);
    expect(webhookUrlProblem('https://pay.example.com/webhooks/astra/****', 500)).toMatch(/masked/);
  });

  test('the logger never writes a webhook secret found in logged objects: free text, nested values, errors, secret keys', async () => {
    const secret = await new MemoryWebhookSecretStore().create('ASTRA');
    const url = webhookUrlFor('http://127.0.0.1:4000', 'ASTRA', secret);
    expect(JSON.stringify(redactForLog({ url, nested: { list: [url] } }))).not.toContain(secret);

    const { logger, output } = capture();
    logger.info({ url, webhookSecret: secret, err: new Error(`POST ${url} failed`) }, 'delivery failed');
    expect(output()).toContain('/webhooks/astra/');
    expect(output()).not.toContain(secret);
  });

  test('the log message string is scrubbed as well', async () => {
    const secret = await new MemoryWebhookSecretStore().create('ASTRA');
    const { logger, output } = capture();
    logger.info(`delivery to ${webhookUrlFor('http://127.0.0.1:4000', 'ASTRA', secret)}`);
    expect(output()).not.toContain(secret);
  });
});

function capture() {
  const lines: string[] = [];
  const sink = new Writable({
    write: (chunk, _e, cb) => {
      lines.push(chunk.toString());
      cb();
    },
  });
  return { logger: createLogger('info', sink), output: () => lines.join('') };
}

describe('a provider code with an underscore (PIX_API → /webhooks/pix_api/…)', () => {
  const url = webhookUrlFor('https://pay.example.com', 'PIX_API', 'Zx9_secret-segment-0123456789');

  test('the URL, its secret, masking and log scrubbing work as for the others', () => {
    expect(url).toBe('https://pay.example.com/webhooks/pix_api/Zx9_secret-segment-0123456789');
    expect(extractSecret(url, 'PIX_API')).toBe('Zx9_secret-segment-0123456789');
    expect(maskWebhookUrl(url)).toBe('https://pay.example.com/webhooks/pix_api/****');
    expect(maskWebhookUrl(`${url}/pix`)).toBe('https://pay.example.com/webhooks/pix_api/****/pix');
    expect(isMaskedWebhookUrl('https://pay.example.com/webhooks/pix_api/****')).toBe(true);
    expect(JSON.stringify(redactForLog({ note: `posted to ${url}/pix` }))).not.toContain('Zx9_secret');
  });
});
