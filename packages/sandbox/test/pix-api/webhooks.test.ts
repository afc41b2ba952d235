import { startReceiver } from './callback-receiver';
import { call, closeAllAfterEach, cobBody2, EXAMPLE_COB_KEY, start, token, txid, TYPE } from './pix-api-test-kit';

// Webhook management (`/webhook/{chave}`, `/webhook`) and the `POST {webhookUrl}/pix` callback (ASM-X41).

closeAllAfterEach();

describe('API Pix simulator: webhooks', () => {
  it('registers, reads, lists and deletes the webhook of the receiver key', async () => {
    const sim = await start();
    const bearer = await token(sim);
    const put = await call(sim, 'PUT', `/webhook/${sim.pixKey}`, { token: bearer, body: { webhookUrl: 'https://paygraph.example/webhooks/pix_api/abc' } });
    expect(put.status).toBe(200);
    const read = await call(sim, 'GET', `/webhook/${sim.pixKey}`, { token: bearer });
    expect(read.body).toEqual({ webhookUrl: 'https://paygraph.example/webhooks/pix_api/abc', chave: sim.pixKey, criacao: expect.any(String) });
    await call(sim, 'PUT', `/webhook/${sim.pixKey}`, { token: bearer, body: { webhookUrl: 'https://paygraph.example/webhooks/pix_api/def' } });
    const list = await call(sim, 'GET', '/webhook', { token: bearer });
    expect(list.body).toEqual({
      parametros: { paginacao: { paginaAtual: 0, itensPorPagina: 100, quantidadeDePaginas: 1, quantidadeTotalDeItens: 1 } },
      webhooks: [{ webhookUrl: 'https://paygraph.example/webhooks/pix_api/def', chave: sim.pixKey, criacao: read.body.criacao }],
    });
    const deleted = await call(sim, 'DELETE', `/webhook/${sim.pixKey}`, { token: bearer });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    const gone = await call(sim, 'GET', `/webhook/${sim.pixKey}`, { token: bearer });
    expect(gone.body).toMatchObject({ type: TYPE('WebhookNaoEncontrado'), status: 404 });
    expect((await call(sim, 'DELETE', `/webhook/${sim.pixKey}`, { token: bearer })).status).toBe(404);
  });

  it('answers WebhookOperacaoInvalida for a malformed key, a key of someone else and a bad URL', async () => {
    const sim = await start();
    const bearer = await token(sim);
    const body = { webhookUrl: 'https://paygraph.example/hook' };
    const malformed = await call(sim, 'PUT', '/webhook/not-a-key', { token: bearer, body });
    expect(malformed.body).toMatchObject({ type: TYPE('WebhookOperacaoInvalida'), title: 'Webhook inválido.', violacoes: [{ propriedade: 'chave' }] });
    const foreign = await call(sim, 'PUT', '/webhook/someone@example.com', { token: bearer, body });
    expect(foreign.body.violacoes[0].razao).toContain('não corresponde a uma chave DICT pertencente a este usuário recebedor');
    const badUrl = await call(sim, 'PUT', `/webhook/${sim.pixKey}`, { token: bearer, body: { webhookUrl: 'ftp://x' } });
    expect(badUrl.body.violacoes).toEqual([{ razao: 'O campo webhook.webhookUrl não respeita o _schema_.', propriedade: 'webhook.webhookUrl' }]);
  });

  it('posts { pix: [...] } to {webhookUrl}/pix when a charge is paid, retrying until a 2xx, and records every attempt', async () => {
    const receiver = await startReceiver([500, 503]);
    try {
      const sim = await start({ pixKey: EXAMPLE_COB_KEY, callbackRetryDelaysMs: [10, 10, 10] });
      await call(sim, 'PUT', `/webhook/${EXAMPLE_COB_KEY}`, { body: { webhookUrl: `${receiver.url}/` } });
      const id = txid();
      await call(sim, 'PUT', `/cob/${id}`, { body: cobBody2() });
      await sim.payCharge(id);
      await sim.waitForIdle();
      expect(receiver.received).toHaveLength(3);
      expect(receiver.received[2]).toEqual({
        path: '/webhooks/pix_api/secret123/pix',
        body: { pix: [expect.objectContaining({ txid: id, valor: '37.00', endToEndId: expect.stringMatching(/^E/) })] },
      });
      expect(sim.callbacks().map((d) => [d.attempt, d.status, d.ok])).toEqual([
        [1, 500, false],
        [2, 503, false],
        [3, 200, true],
      ]);
    } finally {
      await receiver.close();
    }
  });

  it('gives up after the configured retries and sends nothing without a webhook', async () => {
    const receiver = await startReceiver([500, 500, 500]);
    try {
      const sim = await start({ pixKey: EXAMPLE_COB_KEY, callbackRetryDelaysMs: [10] });
      const quiet = txid();
      await call(sim, 'PUT', `/cob/${quiet}`, { body: cobBody2() });
      await sim.payCharge(quiet);
      await sim.waitForIdle();
      expect(sim.callbacks()).toHaveLength(0);
      await call(sim, 'PUT', `/webhook/${EXAMPLE_COB_KEY}`, { body: { webhookUrl: receiver.url } });
      const id = txid();
      await call(sim, 'PUT', `/cob/${id}`, { body: cobBody2() });
      await sim.payCharge(id);
      await sim.waitForIdle();
      expect(sim.callbacks().map((d) => d.ok)).toEqual([false, false]);
    } finally {
      await receiver.close();
    }
  });
});
