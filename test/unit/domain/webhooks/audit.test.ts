import { Writable } from 'node:stream';
import { createLogger } from '../../../../src/logger';
import { auditWebhookChange, maskUrlForAudit } from '../../../../src/domain/webhooks/audit';
import { withRawUrl, WebhookEventType, type WebhookRecord } from '../../../../src/domain/webhooks/model';
import { maskWebhookUrl } from '../../../../src/lib/webhook-url';

const SECRET = 'Zq3vK9xW2mLp8RtY4nB6cD1fG5hJ7kS0aE2iO9uQwXy';

describe('maskUrlForAudit', () => {
  test.each([
    [`https://pay.example.com/webhooks/astra/${SECRET}`, 'https://pay.example.com/webhooks/astra/****'],
    [`https://pay.example.com/api/v1/webhooks/astra/${SECRET}`, 'https://pay.example.com/****/****/webhooks/astra/****'],
    [`http://127.0.0.1:4010/webhooks/astra/${SECRET}?x=1#frag`, 'http://127.0.0.1:4010/webhooks/astra/****'],
    ['https://hooks.example.com/astra/chargebacks?token=abc', 'https://hooks.example.com/****/****'],
    ['https://user:password@hooks.example.com/t/abc/', 'https://hooks.example.com/****/****/'],
    ['https://hooks.example.com', 'https://hooks.example.com/'],
    ['https://[::1]:8443/in', 'https://[::1]:8443/****'],
  ])('%s → %s', (url, masked) => {
    expect(maskUrlForAudit(url)).toBe(masked);
  });

  test('null stays null; an unparseable URL is shown as such, not echoed', () => {
    expect(maskUrlForAudit(null)).toBeNull();
    expect(maskUrlForAudit(`not a url ${SECRET}`)).toBe('[invalid url]');
  });
});

describe('auditWebhookChange', () => {
  const record = (url: string, eventType = WebhookEventType.PIX_QR_INBOUND): WebhookRecord =>
    withRawUrl({ __typename: 'Webhook', id: 'gid', provider: 'ASTRA', webhookId: 'wh-1', url: maskWebhookUrl(url), eventType, createdAt: null, updatedAt: null }, url);

  function capture() {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger(
      'info',
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          lines.push(
            ...chunk
              .toString('utf8')
              .split('\n')
              .filter(Boolean)
              .map((line) => JSON.parse(line) as Record<string, unknown>),
          );
          callback();
        },
      }),
    ).child({ clientId: 'ops' });
    return { lines, logger };
  }

  test('an update of a foreign registration is info, with both URLs masked and the old type named', () => {
    const { lines, logger } = capture();
    const before = record('https://a.example/in?k=1', WebhookEventType.PIX_OUTBOUND);
    const after = record('https://b.example/x/y');
    auditWebhookChange(logger, { event: 'webhook_updated', webhook: after, before, urlAfter: 'https://b.example/x/y', paygraphRegistration: false });
    expect(lines).toEqual([
      expect.objectContaining({
        level: 30,
        clientId: 'ops',
        event: 'webhook_updated',
        provider: 'ASTRA',
        webhookId: 'wh-1',
        eventType: 'PIX_QR_INBOUND',
        eventTypeBefore: 'PIX_OUTBOUND',
        urlBefore: 'https://a.example/****',
        urlAfter: 'https://b.example/****/****',
        paygraphRegistration: false,
      }),
    ]);
  });

  test("deleting Paygraph's own registration and a refused change are warn; registering Paygraph's own is info", () => {
    const { lines, logger } = capture();
    const own = record(`https://pay.example.com/webhooks/astra/${SECRET}`);
    auditWebhookChange(logger, { event: 'webhook_deleted', webhook: own, before: own, urlAfter: null, paygraphRegistration: true });
    auditWebhookChange(logger, {
      event: 'webhook_change_refused',
      webhook: own,
      before: own,
      urlAfter: 'https://evil.example/c',
      paygraphRegistration: true,
      reason: 'paygraph_registration',
    });
    auditWebhookChange(logger, { event: 'webhook_registered', webhook: own, before: null, urlAfter: own.url, paygraphRegistration: true });
    expect(lines.map(({ level, event, urlBefore, urlAfter, reason }) => ({ level, event, urlBefore, urlAfter, reason }))).toEqual([
      { level: 40, event: 'webhook_deleted', urlBefore: 'https://pay.example.com/webhooks/astra/****', urlAfter: null, reason: undefined },
      {
        level: 40,
        event: 'webhook_change_refused',
        urlBefore: 'https://pay.example.com/webhooks/astra/****',
        urlAfter: 'https://evil.example/****',
        reason: 'paygraph_registration',
      },
      { level: 30, event: 'webhook_registered', urlBefore: null, urlAfter: 'https://pay.example.com/webhooks/astra/****', reason: undefined },
    ]);
    expect(JSON.stringify(lines)).not.toContain(SECRET);
  });
});
