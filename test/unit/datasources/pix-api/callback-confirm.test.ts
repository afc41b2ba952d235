/**
 * The API Pix callback handler's confirmation (each item read back before anything is published),
 * over the specification's examples served by a fake PSP that answers by path.
 */
import { pixApiCallbackHandler, type PixApiCallbackItem } from '../../../../src/datasources/pix-api/pix-charges/callback';
import type { ProviderHttp, ProviderResponse } from '../../../../src/datasources/http/provider-http';
import { ProviderNotFoundError } from '../../../../src/errors/domain-errors';
import { loadFixture } from '../../../helpers/wire-fixtures';

const E2E = 'E1234567820200909122120200808008';
const TXID = '655dfdb1a4514b8fbb58254b958913fb';
const now = { now: () => new Date('2020-09-10T00:00:00Z') } as never;

/** cobResponse2 (CONCLUIDA, one Pix with a refund) and that Pix as `GET /pix/{e2eid}` answers it. */
function psp(change: { pixTxid?: string; refundStatus?: string; cobStatus?: string } = {}) {
  const cob = loadFixture<any>('pix-api', 'cobResponse2').body;
  if (change.cobStatus) cob.status = change.cobStatus;
  if (change.refundStatus) cob.pix[0].devolucoes[0].status = change.refundStatus;
  const pix = { ...cob.pix[0], txid: change.pixTxid ?? cob.pix[0].txid };
  const get = <T>(path: string): Promise<ProviderResponse<T>> => {
    if (path === `pix/${E2E}`) return Promise.resolve({ status: 200, body: pix as T, transactionId: 't' });
    if (path === `cob/${TXID}`) return Promise.resolve({ status: 200, body: cob as T, transactionId: 't' });
    return Promise.reject(new ProviderNotFoundError('no such resource', { provider: 'PIX_API' }));
  };
  return pixApiCallbackHandler({ get } as ProviderHttp, now);
}

const paid: PixApiCallbackItem = { kind: 'paid', e2eid: E2E, txid: TXID };
const refunded: PixApiCallbackItem = { kind: 'refund', e2eid: E2E, txid: TXID, refundId: '123ABC', status: 'DEVOLVIDO' };

test('a payment the PSP confirms → PIX_CHARGE_PAID with the re-read charge as subject and the relay event id', async () => {
  const result = await psp().confirm(paid, 'evt_1');
  expect(result).toMatchObject({ outcome: 'confirmed', event: { id: 'evt_1', type: 'PIX_CHARGE_PAID', provider: 'PIX_API', subject: { txid: TXID, status: 'PAID' } } });
});

test('an end-to-end id the PSP does not know → unknown subject (nothing published)', async () => {
  expect(await psp().confirm({ ...paid, e2eid: 'E99999999202601011200abcdefghijk' }, 'evt_2')).toEqual({ outcome: 'unknown-subject' });
});

test('a Pix the PSP files under another txid, or a cob that is not paid → suspicious', async () => {
  expect(await psp({ pixTxid: 'someothertxid0000000000000000' }).confirm(paid, 'evt_3')).toMatchObject({ outcome: 'suspicious' });
  expect(await psp({ cobStatus: 'ATIVA' }).confirm(paid, 'evt_4')).toMatchObject({ outcome: 'suspicious' });
});

test('a refund notice: confirmed only when the PSP reports that refund DEVOLVIDO; still in process or not made → suspicious', async () => {
  expect(await psp({ refundStatus: 'DEVOLVIDO' }).confirm(refunded, 'evt_5')).toMatchObject({
    outcome: 'confirmed',
    event: { type: 'PIX_CHARGE_REFUNDED', subject: { status: 'PARTIALLY_REFUNDED', amountRefunded: { amount: 1000 } } },
  });
  expect(await psp().confirm(refunded, 'evt_6')).toMatchObject({ outcome: 'suspicious' });
  expect(await psp({ refundStatus: 'NAO_REALIZADO' }).confirm({ ...refunded, status: 'NAO_REALIZADO' }, 'evt_7')).toMatchObject({ outcome: 'suspicious' });
});
