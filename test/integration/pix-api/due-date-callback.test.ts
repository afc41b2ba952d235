/**
 * The API Pix callback for charges with a due date, against the simulator over real HTTP (token,
 * ProviderHttp): a cobv paid late is confirmed by reading back the Pix and the cobv and becomes
 * DUE_DATE_PIX_CHARGE_PAID with the fine in the subject; forged or mismatched claims publish nothing.
 */
import { startPixApiSimulator, type PixApiSimulator } from '@paygraph/sandbox/pix-api';
import { createPixApiClient } from '../../../src/datasources/pix-api/http';
import { pixApiSandboxEndpoint } from '../../../src/datasources/pix-api/settings';
import { pixApiCallbackHandler } from '../../../src/datasources/pix-api/pix-charges/callback';
import { PixApiDueDatePixCharges } from '../../../src/datasources/pix-api/due-date-charges/adapter';
import { withDueDateChargePayments } from '../../../src/datasources/pix-api/due-date-charges/callback';
import { FineModality } from '../../../src/domain/due-date-charges/model';
import type { DueDatePixChargeRecord } from '../../../src/domain/due-date-charges/model';
import type { ProviderHttp } from '../../../src/datasources/http/provider-http';
import { brasiliaDay } from '../../../src/lib/brasilia-calendar';
import { brl } from '../../../src/domain/models';

let sim: PixApiSimulator;
let http: ProviderHttp;
let charges: PixApiDueDatePixCharges;
const DAY_MS = 86_400_000;

beforeAll(async () => {
  sim = await startPixApiSimulator({ sandboxDelayMs: 0 });
  const endpoint = pixApiSandboxEndpoint(sim);
  http = createPixApiClient(endpoint, { timeoutMs: 2_000, deadlineMs: 4_000, retryLimit: 0 }).http;
  charges = new PixApiDueDatePixCharges(http, { pspClientId: endpoint.clientId, pixKey: endpoint.pixKey });
});
afterAll(() => sim.close());

async function paidLate(key: string): Promise<DueDatePixChargeRecord> {
  const created = await charges.create(
    {
      amountCents: 10_000,
      dueDate: brasiliaDay(sim.clock.now()),
      debtor: { name: 'Ana', document: { kind: 'CPF', value: '12345678909' } },
      fine: { modality: FineModality.FIXED_AMOUNT, value: 700 },
      interest: null,
      rebate: null,
      discount: null,
    },
    { clientId: 'client-a', idempotencyKey: key, earlierAttempt: false },
  );
  sim.clock.advance(2 * DAY_MS);
  expect(await sim.payCharge(created.txid)).toBe(true);
  return charges.get(created.txid);
}

const handler = () => withDueDateChargePayments(pixApiCallbackHandler(http), http);

describe('API Pix callback → DUE_DATE_PIX_CHARGE_PAID', () => {
  test('a cobv paid late: confirmed by reading back the Pix and the cobv, the fine in the subject', async () => {
    const charge = await paidLate('late-1');
    const e2eid = charge.payments[0].endToEndId;
    const result = await handler().confirm({ kind: 'paid', e2eid, txid: charge.txid }, 'evt-1');
    expect(result).toEqual({
      outcome: 'confirmed',
      event: expect.objectContaining({ id: 'evt-1', type: 'DUE_DATE_PIX_CHARGE_PAID', provider: 'PIX_API', subjectId: charge.id }),
    });
    if (result.outcome !== 'confirmed') throw new Error(`not confirmed: ${result.outcome}`);
    const subject = result.event.subject as DueDatePixChargeRecord;
    expect(subject.payments).toEqual([expect.objectContaining({ amount: brl(10_700), fine: brl(700) })]);
  });

  test('a forged claim (an e2eid the PSP does not know) publishes nothing', async () => {
    const charge = await paidLate('late-2');
    const result = await handler().confirm({ kind: 'paid', e2eid: 'E00000000202601010000aaaaaaaaaaa', txid: charge.txid }, 'evt-2');
    expect(result).toEqual({ outcome: 'unknown-subject' });
  });

  test('a real Pix claimed for another cobv, or a cobv not paid, is suspicious', async () => {
    const paid = await paidLate('late-3');
    const other = await charges.create(
      {
        amountCents: 500,
        dueDate: brasiliaDay(sim.clock.now()),
        debtor: { name: 'Bia', document: { kind: 'CPF', value: '12345678909' } },
        fine: null,
        interest: null,
        rebate: null,
        discount: null,
      },
      { clientId: 'client-a', idempotencyKey: 'unpaid', earlierAttempt: false },
    );
    const mismatched = await handler().confirm({ kind: 'paid', e2eid: paid.payments[0].endToEndId, txid: other.txid }, 'evt-3');
    expect(mismatched.outcome).toBe('suspicious');
  });
});
