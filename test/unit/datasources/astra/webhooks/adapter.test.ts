import type { ProviderHttp, RequestOptions } from '../../../../../src/datasources/http/provider-http';
import { AstraWebhooks } from '../../../../../src/datasources/astra/webhooks/adapter';
import { rawWebhookUrl, WebhookEventType } from '../../../../../src/domain/webhooks/model';

const SECRET = 'S3cr3t_segment_that_must_stay_hidden_0123';

interface Call {
  method: string;
  path: string;
  options?: RequestOptions;
}

/** Records calls and answers from `answer(method, path, options)`. */
function fakeHttp(answer: (call: Call) => unknown): { http: ProviderHttp; calls: Call[] } {
  const calls: Call[] = [];
  const method = (name: string) => async (path: string, options?: RequestOptions) => {
    const call = { method: name, path, options };
    calls.push(call);
    return { status: 200, body: answer(call) as never, transactionId: 'tx' };
  };
  const http = {
    get: method('GET'),
    post: method('POST'),
    put: method('PUT'),
    patch: method('PATCH'),
    delete: method('DELETE'),
    head: async () => ({ status: 200, transactionId: 'tx' }),
  };
  return { http, calls };
}

const wire = (id: string, type: string, url = `https://pay.example.com/webhooks/astra/${SECRET}`) => ({
  id,
  url,
  type,
  createdAt: '2025-01-15T10:00:00.000Z',
  updatedAt: '2025-01-15T10:00:00Z',
});

describe('AstraWebhooks (ASM-A17/A18 client)', () => {
  test('list reads every page and masks Paygraph URLs, keeping the raw one out of sight', async () => {
    const pages = [
      { content: [wire('a', 'PIX_QR_INBOUND'), wire('b', 'SOMETHING_NEW')], page: 0, size: 2, totalElements: 3, totalPages: 2 },
      { content: [wire('c', 'PIX_OUTBOUND', 'https://hooks.example.com/x')], page: 1, size: 2, totalElements: 3, totalPages: 2 },
    ];
    const { http, calls } = fakeHttp((call) => pages[Number(call.options!.searchParams!.page)]);
    const webhooks = await new AstraWebhooks(http).list();
    expect(calls.map((call) => [call.method, call.path, call.options?.searchParams])).toEqual([
      ['GET', 'webhook/v1', { page: 0, size: 100 }],
      ['GET', 'webhook/v1', { page: 1, size: 100 }],
    ]);
    // A type Paygraph does not know has no GraphQL value: skipped.
    expect(webhooks.map((webhook) => [webhook.webhookId, webhook.eventType, webhook.url])).toEqual([
      ['a', 'PIX_QR_INBOUND', 'https://pay.example.com/webhooks/astra/****'],
      ['c', 'PIX_OUTBOUND', 'https://hooks.example.com/x'],
    ]);
    expect(webhooks[0]).toMatchObject({ __typename: 'Webhook', provider: 'ASTRA', createdAt: new Date('2025-01-15T10:00:00.000Z') });
    expect(rawWebhookUrl(webhooks[0])).toContain(SECRET);
    expect(JSON.stringify(webhooks)).not.toContain(SECRET);
  });

  test('update with one field reads the current webhook and PUTs both (full replacement)', async () => {
    const { http, calls } = fakeHttp((call) => (call.method === 'PUT' ? { ...wire('a', 'PIX_OUTBOUND'), ...(call.options!.json as object) } : wire('a', 'PIX_QR_INBOUND')));
    const webhooks = new AstraWebhooks(http);
    await webhooks.update('a', { eventType: WebhookEventType.PIX_OUTBOUND });
    expect(calls.map((call) => [call.method, call.path, call.options?.json])).toEqual([
      ['GET', 'webhook/v1/a', undefined],
      ['PUT', 'webhook/v1/a', { url: `https://pay.example.com/webhooks/astra/${SECRET}`, type: 'PIX_OUTBOUND' }],
    ]);

    // With the current record at hand (the mutation has it), no second read.
    calls.length = 0;
    const current = await webhooks.get('a');
    await webhooks.update('a', { url: 'https://hooks.example.com/new' }, current);
    expect(calls.map((call) => [call.method, call.options?.json])).toEqual([
      ['GET', undefined],
      ['PUT', { url: 'https://hooks.example.com/new', type: 'PIX_QR_INBOUND' }],
    ]);
  });

  test('create POSTs {url, type} and is not marked idempotent (ASM-A05: never retried)', async () => {
    const { http, calls } = fakeHttp(() => wire('n', 'CARD_CHARGEBACK', 'https://hooks.example.com/cb'));
    const created = await new AstraWebhooks(http).create({ url: 'https://hooks.example.com/cb', eventType: WebhookEventType.CARD_CHARGEBACK });
    expect(calls).toEqual([{ method: 'POST', path: 'webhook/v1', options: { json: { url: 'https://hooks.example.com/cb', type: 'CARD_CHARGEBACK' } } }]);
    expect(created.url).toBe('https://hooks.example.com/cb');
  });

  test('deliveries read the results of one webhook as an offset window, without the payload', async () => {
    const record = (id: string, httpStatus: number | null) => ({
      id,
      webhookId: 'a',
      type: 'PIX_QR_INBOUND',
      url: `https://pay.example.com/webhooks/astra/${SECRET}`,
      attempt: 1,
      success: httpStatus === 200,
      httpStatus,
      errorMessage: httpStatus ? null : 'connection refused',
      payload: { txid: 't' },
      attemptedAt: '2025-01-15T10:30:01.000Z',
    });
    const { http, calls } = fakeHttp(() => ({ content: [record('r1', 200), record('r2', null)], page: 1, size: 2, totalElements: 5, totalPages: 3 }));
    const page = await new AstraWebhooks(http).deliveries({ webhookId: 'a', offset: 2, limit: 2 });
    expect(calls.map((call) => [call.path, call.options?.searchParams])).toEqual([['webhook/v1/results', { webhookId: 'a', page: 1, size: 2 }]]);
    expect(page).toEqual({
      items: [
        { id: 'r1', eventType: 'PIX_QR_INBOUND', httpStatus: 200, success: true, attemptedAt: new Date('2025-01-15T10:30:01.000Z') },
        { id: 'r2', eventType: 'PIX_QR_INBOUND', httpStatus: null, success: false, attemptedAt: new Date('2025-01-15T10:30:01.000Z') },
      ],
      totalCount: 5,
      hasNextPage: true,
    });
  });
});
