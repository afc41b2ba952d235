/**
 * Charges with a due date through the graph, in sandbox mode against the API Pix simulator
 * (issue 27, item 6): create with a fine and interest, pay after the due date (the sandbox clock
 * moved) and read the fine in what was paid; bad input refused at zero provider calls; a retried
 * create makes one charge; cancel; list; Astra and Pagstar answer NOT_SUPPORTED.
 */
import { parse, validate } from 'graphql';
import { startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { subscribe, untilSubscribers } from '../helpers/subscriptions';
import { dueDateChargeTabs } from '../../src/resolvers/due-date-charges/graphiql-tabs';
import { buildSchema } from '../../src/build-schema';
import { encodeGlobalId } from '../../src/lib/global-id';

const FIELDS = `id txid status providerStatus revision amount { amount } dueDate daysValidAfterDueDate
  fine { modality value } interest { modality value } rebate { modality value }
  discount { modality fixedDates { date value } valuePerDay }
  debtor { name document } description brCode createdAt amountPaid { amount }
  payments { endToEndId amount { amount } paidAt original { amount } fine { amount } interest { amount } discount { amount } rebate { amount } }`;

const CREATE = `mutation Create($input: CreateDueDatePixChargeInput!) {
  createDueDatePixCharge(input: $input) { dueDatePixCharge { ${FIELDS} } userErrors { field code message } }
}`;
const PAY = `mutation Pay($id: ID!) {
  simulateDueDatePixChargePayment(input: { id: $id }) { dueDatePixCharge { ${FIELDS} } userErrors { field code message } }
}`;
const READ = `query Read($id: ID!) { node(id: $id) { __typename ... on DueDatePixCharge { ${FIELDS} } } }`;
const CANCEL = `mutation Cancel($id: ID!) {
  cancelDueDatePixCharge(input: { id: $id }) { dueDatePixCharge { id status providerStatus } userErrors { field code message } }
}`;
const LIST = `query List($filter: DueDatePixChargeFilter) {
  dueDatePixCharges(filter: $filter, first: 50) { totalCount edges { node { id txid status } } }
}`;
const ADVANCE = `mutation { advanceSandboxClock(days: 3) { today userErrors { code } } }`;
const TODAY = `query { sandboxClock { today } }`;
const PUT_COBV = 'PUT /api/v2/cobv/:txid';
const PATCH_COBV = 'PATCH /api/v2/cobv/:txid';
const UPDATE = `mutation Update($input: UpdateDueDatePixChargeInput!) {
  updateDueDatePixCharge(input: $input) { dueDatePixCharge { ${FIELDS} } userErrors { field code message } }
}`;

let app: TestPaygraph;

beforeAll(async () => {
  app = await startTestPaygraph({}, { pixApiSimulator: { sandboxDelayMs: 0 } });
});
afterAll(() => app.close());

/**
 * Calls a create could make: the cobv PUT, and anything at Astra or Pagstar. (Not every API Pix
 * route: the callbacks of earlier payments are still being confirmed with GETs in the background.)
 */
function createCalls(): number {
  const sims = app.sandbox!;
  return sims.pixApi.counters.count(PUT_COBV) + sims.astra.counters.total + sims.pagstar.counters.total;
}

async function today(): Promise<string> {
  const { data } = await app.gql(TODAY);
  return data.sandboxClock.today as string;
}

const debtor = { name: 'Francisco da Silva', document: '123.456.789-09' };

describe('createDueDatePixCharge → pay late → the fine and interest are in what was paid', () => {
  test('2 % fine and 0.10 a day interest, paid 3 days after the due date: 100.00 + 2.00 + 0.30', async () => {
    const dueDate = await today();
    const input = {
      amount: '100.00',
      dueDate,
      daysValidAfterDueDate: 10,
      debtor,
      description: 'Mensalidade de março',
      fine: { modality: 'PERCENTAGE', value: '2.00' },
      interest: { modality: 'AMOUNT_PER_CALENDAR_DAY', value: '0.10' },
      idempotencyKey: `late-${Date.now()}`,
    };
    const created = await app.gql(CREATE, { input });
    expect(created.errors).toBeUndefined();
    const { dueDatePixCharge: charge, userErrors } = created.data.createDueDatePixCharge;
    expect(userErrors).toEqual([]);
    expect(charge).toMatchObject({
      status: 'ACTIVE',
      providerStatus: 'ATIVA',
      revision: 0,
      amount: { amount: '100.00' },
      dueDate,
      daysValidAfterDueDate: 10,
      fine: { modality: 'PERCENTAGE', value: '2.00' },
      interest: { modality: 'AMOUNT_PER_CALENDAR_DAY', value: '0.10' },
      rebate: null,
      discount: null,
      debtor: { name: 'Francisco da Silva', document: '12345678909' },
      description: 'Mensalidade de março',
      amountPaid: { amount: '0.00' },
      payments: [],
    });
    expect(charge.txid).toMatch(/^[a-zA-Z0-9]{26,35}$/);
    expect(charge.brCode).toMatch(/^000201/);

    const advanced = await app.gql(ADVANCE);
    expect(advanced.data.advanceSandboxClock.userErrors).toEqual([]);
    const paid = await app.gql(PAY, { id: charge.id });
    expect(paid.data.simulateDueDatePixChargePayment.userErrors).toEqual([]);

    const read = await app.gql(READ, { id: charge.id });
    const node = read.data.node;
    expect(node).toMatchObject({ __typename: 'DueDatePixCharge', status: 'PAID', providerStatus: 'CONCLUIDA', amountPaid: { amount: '102.30' } });
    expect(node.payments).toEqual([
      expect.objectContaining({ amount: { amount: '102.30' }, original: { amount: '100.00' }, fine: { amount: '2.00' }, interest: { amount: '0.30' }, discount: null }),
    ]);
  });

  test('paid before the due date: the fixed-date discount and the rebate come off', async () => {
    const start = await today();
    const dueDate = addDays(start, 10);
    const input = {
      amount: '200.00',
      dueDate,
      debtor,
      rebate: { modality: 'FIXED_AMOUNT', value: '5.00' },
      discount: {
        modality: 'PERCENTAGE_UNTIL_DATES',
        fixedDates: [
          { date: addDays(start, 2), value: '10.00' },
          { date: addDays(start, 5), value: '5.00' },
        ],
      },
      fine: { modality: 'FIXED_AMOUNT', value: '50.00' },
    };
    const created = await app.gql(CREATE, { input });
    const charge = created.data.createDueDatePixCharge.dueDatePixCharge;
    expect(charge.discount).toEqual({ modality: 'PERCENTAGE_UNTIL_DATES', fixedDates: input.discount.fixedDates, valuePerDay: null });
    const paid = await app.gql(PAY, { id: charge.id });
    const payment = paid.data.simulateDueDatePixChargePayment.dueDatePixCharge.payments[0];
    // 200.00 − 10 % (20.00) − 5.00; no fine before the due date.
    expect(payment).toMatchObject({ amount: { amount: '175.00' }, discount: { amount: '20.00' }, rebate: { amount: '5.00' }, fine: null });
  });
});

describe('validation before any provider call', () => {
  test('every rule at once, with field paths, and zero simulator calls', async () => {
    const start = await today();
    const before = createCalls();
    const { data } = await app.gql(CREATE, {
      input: {
        amount: '10.00',
        dueDate: addDays(start, -1),
        daysValidAfterDueDate: -1,
        debtor: { name: '', document: '123.456.789-00' },
        fine: { modality: 'PERCENTAGE', value: '100.01' },
        interest: { modality: 'PERCENT_PER_MONTH_CALENDAR_DAYS', value: '0' },
        rebate: { modality: 'FIXED_AMOUNT', value: '10.00' },
        discount: {
          modality: 'FIXED_AMOUNT_UNTIL_DATES',
          fixedDates: [
            { date: addDays(start, 3), value: '1.00' },
            { date: addDays(start, 2), value: '1.005' },
          ],
          valuePerDay: '1.00',
        },
      },
    });
    expect(data.createDueDatePixCharge.dueDatePixCharge).toBeNull();
    expect(data.createDueDatePixCharge.userErrors.map((error: { field: string[]; code: string }) => `${error.field.join('.')} ${error.code}`)).toEqual([
      'input.dueDate INVALID',
      'input.daysValidAfterDueDate INVALID',
      'input.debtor.document INVALID',
      'input.debtor.name REQUIRED',
      'input.fine.value INVALID',
      'input.interest.value INVALID',
      'input.rebate.value INVALID',
      'input.discount.valuePerDay INVALID',
    ]);
    expect(createCalls()).toBe(before);
  });

  test('fixed-date discounts after the due date, out of order or badly formed: each reported, no call', async () => {
    const start = await today();
    const before = createCalls();
    const { data } = await app.gql(CREATE, {
      input: {
        amount: '10.00',
        dueDate: addDays(start, 5),
        debtor,
        discount: {
          modality: 'FIXED_AMOUNT_UNTIL_DATES',
          fixedDates: [
            { date: addDays(start, 3), value: '1.00' },
            { date: addDays(start, 2), value: '1.005' },
            { date: addDays(start, 6), value: '1.00' },
          ],
        },
      },
    });
    expect(data.createDueDatePixCharge.userErrors.map((error: { field: string[] }) => error.field.join('.'))).toEqual([
      'input.discount.fixedDates.1.value',
      'input.discount.fixedDates.2.date',
      'input.discount.fixedDates.1.date',
    ]);
    expect(createCalls()).toBe(before);
  });

  test.each(['ASTRA', 'PAGSTAR'])('%s → NOT_SUPPORTED on input.provider, no call', async (provider) => {
    const before = createCalls();
    const { data } = await app.gql(CREATE, { input: { provider, amount: '10.00', dueDate: await today(), debtor } });
    expect(data.createDueDatePixCharge.userErrors).toEqual([expect.objectContaining({ field: ['input', 'provider'], code: 'NOT_SUPPORTED' })]);
    expect(createCalls()).toBe(before);
  });

  test('listing on Astra or Pagstar, or reading an Astra id, is a NOT_SUPPORTED error', async () => {
    for (const provider of ['ASTRA', 'PAGSTAR']) {
      const { errors } = await app.gql(LIST, { filter: { provider } });
      expect(errors?.[0]?.extensions?.code).toBe('NOT_SUPPORTED');
    }
    // The list is nullable (listPort): the error stays on its own field, the sandbox clock keeps its data.
    const both = await app.gql(`{ dueDatePixCharges(filter: { provider: ASTRA }) { totalCount } sandboxClock { today } }`);
    expect(both.data).toEqual({ dueDatePixCharges: null, sandboxClock: { today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } });
    expect(both.errors).toEqual([
      expect.objectContaining({ path: ['dueDatePixCharges'], extensions: expect.objectContaining({ code: 'NOT_SUPPORTED', provider: 'ASTRA', filter: ['filter', 'provider'] }) }),
    ]);
    const { errors } = await app.gql(READ, { id: encodeGlobalId('DueDatePixCharge', 'ASTRA', 'abc123') });
    expect(errors?.[0]?.extensions?.code).toBe('NOT_SUPPORTED');
  });
});

describe('idempotency, cancel and list', () => {
  test('the same key twice: one PUT, the same charge; the same key with other input: IDEMPOTENCY_CONFLICT', async () => {
    const input = { amount: '30.00', dueDate: await today(), debtor, idempotencyKey: `same-${Date.now()}` };
    const puts = app.sandbox!.pixApi.counters.count(PUT_COBV);
    const first = (await app.gql(CREATE, { input })).data.createDueDatePixCharge;
    const second = (await app.gql(CREATE, { input })).data.createDueDatePixCharge;
    expect(second.dueDatePixCharge.id).toBe(first.dueDatePixCharge.id);
    expect(app.sandbox!.pixApi.counters.count(PUT_COBV)).toBe(puts + 1);
    const conflict = (await app.gql(CREATE, { input: { ...input, amount: '31.00' } })).data.createDueDatePixCharge;
    expect(conflict.userErrors).toEqual([expect.objectContaining({ code: 'IDEMPOTENCY_CONFLICT' })]);
  });

  test('the PSP commits the PUT but the answer is lost: the retried create names the same txid, one charge at the PSP', async () => {
    const input = { amount: '70.00', dueDate: await today(), debtor, idempotencyKey: `lost-${Date.now()}` };
    const puts = app.sandbox!.pixApi.counters.count(PUT_COBV);
    app.sandbox!.pixApi.faults.set({ dropAfterCommitCount: 1, routeFilter: 'PUT /api/v2/cobv' });
    const first = (await app.gql(CREATE, { input })).data.createDueDatePixCharge;
    app.sandbox!.pixApi.faults.reset();
    // The HTTP client re-sent the PUT (idempotent by construction): same txid, so the same charge.
    expect(first.userErrors).toEqual([]);
    expect(app.sandbox!.pixApi.counters.count(PUT_COBV)).toBe(puts + 2);
    expect(first.dueDatePixCharge).toMatchObject({ status: 'ACTIVE', revision: 0, amount: { amount: '70.00' } });
    const again = (await app.gql(CREATE, { input })).data.createDueDatePixCharge;
    expect(again.dueDatePixCharge.id).toBe(first.dueDatePixCharge.id);
    expect(app.sandbox!.pixApi.counters.count(PUT_COBV)).toBe(puts + 2);
    const listed = (await app.gql(LIST, {})).data.dueDatePixCharges.edges.filter((edge: { node: { txid: string } }) => edge.node.txid === first.dueDatePixCharge.txid);
    expect(listed).toHaveLength(1);
  });

  test('cancel an ACTIVE charge; again is harmless; it is listed with its status; a cancelled one cannot be paid', async () => {
    const created = (await app.gql(CREATE, { input: { amount: '40.00', dueDate: await today(), debtor } })).data.createDueDatePixCharge.dueDatePixCharge;
    const cancelled = (await app.gql(CANCEL, { id: created.id })).data.cancelDueDatePixCharge;
    expect(cancelled).toEqual({ dueDatePixCharge: { id: created.id, status: 'CANCELLED', providerStatus: 'REMOVIDA_PELO_USUARIO_RECEBEDOR' }, userErrors: [] });
    expect((await app.gql(CANCEL, { id: created.id })).data.cancelDueDatePixCharge.userErrors).toEqual([]);
    const listed = (await app.gql(LIST, { filter: { status: 'CANCELLED' } })).data.dueDatePixCharges;
    expect(listed.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(created.id);
    const pay = (await app.gql(PAY, { id: created.id })).data.simulateDueDatePixChargePayment;
    expect(pay.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
  });
});

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

describe('updateDueDatePixCharge', () => {
  test('only the given fields change, revision +1; a change that breaks a rule is refused before the PATCH; a paid one is INVALID_STATE', async () => {
    const start = await today();
    const created = (await app.gql(CREATE, { input: { amount: '50.00', dueDate: addDays(start, 5), debtor, description: 'Antes' } })).data.createDueDatePixCharge.dueDatePixCharge;
    const patches = app.sandbox!.pixApi.counters.count(PATCH_COBV);

    const late = { modality: 'FIXED_AMOUNT_UNTIL_DATES', fixedDates: [{ date: addDays(start, 6), value: '1.00' }] };
    const refused = (await app.gql(UPDATE, { input: { id: created.id, discount: late } })).data.updateDueDatePixCharge;
    expect(refused.userErrors).toEqual([expect.objectContaining({ field: ['input', 'discount', 'fixedDates', '0', 'date'], code: 'INVALID' })]);
    expect(app.sandbox!.pixApi.counters.count(PATCH_COBV)).toBe(patches);

    const discount = { modality: 'FIXED_AMOUNT_UNTIL_DATES', fixedDates: [{ date: addDays(start, 5), value: '4.00' }] };
    const revised = (await app.gql(UPDATE, { input: { id: created.id, amount: '60.00', discount } })).data.updateDueDatePixCharge;
    expect(revised.userErrors).toEqual([]);
    expect(revised.dueDatePixCharge).toMatchObject({
      revision: 1,
      amount: { amount: '60.00' },
      description: 'Antes',
      dueDate: addDays(start, 5),
      discount: { ...discount, valuePerDay: null },
    });
    expect(app.sandbox!.pixApi.counters.count(PATCH_COBV)).toBe(patches + 1);

    await app.gql(PAY, { id: created.id });
    const paid = (await app.gql(UPDATE, { input: { id: created.id, description: 'Depois' } })).data.updateDueDatePixCharge;
    expect(paid.userErrors).toEqual([expect.objectContaining({ field: ['input', 'id'], code: 'INVALID_STATE' })]);
    expect(app.sandbox!.pixApi.counters.count(PATCH_COBV)).toBe(patches + 1);
  });
});

describe('DUE_DATE_PIX_CHARGE_PAID', () => {
  test('the simulator’s callback (webhook registered by the sandbox) is confirmed by reading back the Pix and the cobv, then reaches paymentEvents and dueDatePixChargeUpdated', async () => {
    const created = (await app.gql(CREATE, { input: { amount: '80.00', dueDate: await today(), debtor, fine: { modality: 'FIXED_AMOUNT', value: '8.00' } } })).data
      .createDueDatePixCharge.dueDatePixCharge;
    const subscribers = app.services.bus.subscriberCount;
    const events = subscribe(
      app.wsUrl,
      `subscription($id: ID!) { paymentEvents(filter: { subjectId: $id }) { type provider subject { id ... on DueDatePixCharge { status amountPaid { amount } } } } }`,
      {
        id: created.id,
      },
    );
    const updates = subscribe(app.wsUrl, `subscription($id: ID!) { dueDatePixChargeUpdated(id: $id) { id status amountPaid { amount } } }`, { id: created.id });
    try {
      await untilSubscribers(() => app.services.bus.subscriberCount, subscribers + 2);
      expect((await updates.waitFor(1)).dueDatePixChargeUpdated).toEqual({ id: created.id, status: 'ACTIVE', amountPaid: { amount: '0.00' } });
      await app.gql(ADVANCE);
      expect((await app.gql(PAY, { id: created.id })).data.simulateDueDatePixChargePayment.userErrors).toEqual([]);
      const event = await events.waitFor(1, 10_000);
      expect(event.paymentEvents).toEqual({ type: 'DUE_DATE_PIX_CHARGE_PAID', provider: 'PIX_API', subject: { id: created.id, status: 'PAID', amountPaid: { amount: '88.00' } } });
      expect((await updates.waitFor(2, 10_000)).dueDatePixChargeUpdated).toEqual({ id: created.id, status: 'PAID', amountPaid: { amount: '88.00' } });
    } finally {
      await Promise.all([events.close(), updates.close()]);
    }
  });
});

describe('the GraphiQL tabs, as shipped', () => {
  const tabs = (sandbox: boolean, day: string) => dueDateChargeTabs(sandbox, day);
  const tab = (name: string, day: string) => tabs(true, day).find((candidate) => candidate.name === name)!;

  test('every tab validates against the sandbox schema; none in live mode (PIX_API is optional there)', async () => {
    const schema = await buildSchema({ sandbox: true });
    for (const { name, query } of tabs(true, '2030-01-01')) expect([name, validate(schema, parse(query))]).toEqual([name, []]);
    expect(tabs(true, '2030-01-01').map((candidate) => candidate.name)).toEqual([
      'DueDateCharge',
      'AdvanceClockPastDueDate',
      'PayDueDateCharge',
      'ReadDueDateCharge',
      'CancelDueDateCharge',
      'ListDueDateCharges',
    ]);
    expect(tabs(false, '2030-01-01')).toEqual([]);
  });

  test('create → advance 3 days → pay → read: 100.00 + 2.00 fine + 3.00 interest = 105.00', async () => {
    const day = await today();
    const create = tab('DueDateCharge', day);
    const created = await app.gql(create.query, JSON.parse(create.variables!) as Record<string, unknown>);
    expect(created.data.createDueDatePixCharge.userErrors).toEqual([]);
    const { id } = created.data.createDueDatePixCharge.dueDatePixCharge;
    expect((await app.gql(tab('AdvanceClockPastDueDate', day).query)).data.advanceSandboxClock.userErrors).toEqual([]);
    const paid = await app.gql(tab('PayDueDateCharge', day).query, { id });
    expect(paid.data.simulateDueDatePixChargePayment).toEqual({ dueDatePixCharge: { id, status: 'PAID', amountPaid: { amount: '105.00' } }, userErrors: [] });
    const read = await app.gql(tab('ReadDueDateCharge', day).query, { id });
    expect(read.data.node.payments).toEqual([expect.objectContaining({ amount: { amount: '105.00' }, fine: { amount: '2.00' }, interest: { amount: '3.00' }, discount: null })]);
    const listed = await app.gql(tab('ListDueDateCharges', day).query);
    expect(listed.errors).toBeUndefined();
    expect(listed.data.dueDatePixCharges.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(id);
  });
});
