import type { GraphQLField } from 'graphql';
import { startTestPaygraph, type GraphQLResponse, type TestPaygraph } from '../helpers/paygraph';
import { baselines } from '../helpers/operation-baselines';
import { ROOT_FIELDS as FIELDS, baselineFor, providerCalls, send, textPositions, withValueAt } from '../helpers/text-positions';

/**
 * The text policy by construction (issue 23, case 5): for every root field of the committed
 * schema and every position in its arguments that can carry a string, a NUL, a U+202E and a
 * 100 KB string (with otherwise valid input: see "every baseline is valid input") are refused
 * with 0 provider calls. A new field, argument or input field is covered without editing this
 * file, except for a baseline when a new root field takes arguments (the test says so).
 */
const BAD_VALUES: Array<[string, string]> = [
  ['NUL', 'a\u0000b'],
  ['U+202E', 'a\u202Eb'],
  ['100 KB', 'x'.repeat(100_000)],
];

/** Each string position of a root field, with the first baseline that holds its parent. */
function casesOf(app: TestPaygraph, key: string, field: GraphQLField<unknown, unknown>) {
  return textPositions(field.args).map((position) => {
    const baseline = baselineFor(baselines(app)[key], position.path);
    if (!baseline) throw new Error(`${key}: no baseline holds ${position.path.join('.')}; add one to baselines()`);
    return { position, baseline };
  });
}

const WITH_TEXT = FIELDS.filter(({ field }) => textPositions(field.args).length > 0);

describe('every string position of every operation refuses NUL, U+202E and 100 KB before any provider call', () => {
  let app: TestPaygraph;
  beforeAll(async () => {
    app = await startTestPaygraph();
  });
  afterAll(() => app.close());

  test('every root field that takes arguments has a baseline', () => {
    const all = baselines(app);
    const missing = FIELDS.filter(({ field, key }) => field.args.length > 0 && !all[key]).map(({ key }) => key);
    expect(missing).toEqual([]);
  });

  test('the walk finds the positions of the reported holes', () => {
    const paths = WITH_TEXT.flatMap(({ key, field }) => casesOf(app, key, field).map(({ position }) => `${key}:${position.path.join('.')}`));
    expect(paths).toEqual(
      expect.arrayContaining([
        'Mutation.createPixCharge:input.debtor.name',
        'Query.cardTransactions:filter.reference',
        'Mutation.createPixPayoutBatch:input.payments.0.pixKey.value',
        'Mutation.createPixPayoutBatch:input.idempotencyKey',
        'Subscription.paymentEvents:filter.subjectId',
      ]),
    );
    expect(paths.length).toBeGreaterThan(100);
  });

  test.each(WITH_TEXT.map((entry) => [entry.key, entry]))('%s', async (_key, { operation, field, key }) => {
    const failures: string[] = [];
    for (const { position, baseline } of casesOf(app, key, field)) {
      for (const [label, bad] of BAD_VALUES) {
        const variables = withValueAt(baseline, position.path, bad)!;
        await app.sandbox!.astra.waitForIdle();
        const before = providerCalls(app);
        const response = await send(app, operation, field, variables);
        const calls = providerCalls(app) - before;
        const refused = refusal(response, field.name, position.path, position.scalar);
        if (!refused || calls !== 0) failures.push(`${key} ${position.path.join('.')} (${position.scalar}) ${label}: ${refused ? 'refused' : 'ACCEPTED'}, ${calls} provider calls`);
      }
    }
    expect(failures).toEqual([]);
  });
});

/**
 * String and ID positions get the text policy's own answer at their exact path: the INVALID user
 * error of a payload, or BAD_USER_INPUT with `extensions.field`. Other scalars (Decimal, CpfCnpj,
 * CardNumber, DateTime…) are refused by their own parsers: any BAD_USER_INPUT or a user error at
 * the path.
 */
function refusal(response: GraphQLResponse, fieldName: string, path: string[], scalar: string): boolean {
  const samePath = (field: unknown) => JSON.stringify(field) === JSON.stringify(path);
  const userErrors: Array<{ field: string[] | null; code: string }> = response.data?.[fieldName]?.userErrors ?? [];
  const badInput = (response.errors ?? []).filter((error) => error.extensions?.code === 'BAD_USER_INPUT');
  if (scalar === 'String' || scalar === 'ID') {
    return userErrors.some((error) => samePath(error.field) && error.code === 'INVALID') || badInput.some((error) => samePath(error.extensions?.field));
  }
  return userErrors.some((error) => samePath(error.field)) || badInput.length > 0;
}

describe('every baseline is valid input (so the string is the only problem above)', () => {
  let app: TestPaygraph;
  beforeAll(async () => {
    app = await startTestPaygraph();
  });
  afterAll(() => app.close());

  test('no baseline is refused as bad input', async () => {
    const refused: string[] = [];
    for (const { operation, field, key } of FIELDS.filter(({ operation }) => operation !== 'subscription')) {
      // Built per field: advanceSandboxClock moves the simulator's calendar the dates come from.
      for (const variables of baselines(app)[key] ?? []) {
        const response = await send(app, operation, field, variables);
        const userErrors: Array<{ field: string[] | null; code: string; message: string }> = response.data?.[field.name]?.userErrors ?? [];
        const bad = [
          ...(response.errors ?? []).filter((error) => error.extensions?.code === 'BAD_USER_INPUT').map((error) => error.message),
          ...userErrors.filter((error) => error.code === 'INVALID' || error.code === 'REQUIRED').map((error) => `${error.field?.join('.')}: ${error.message}`),
        ];
        if (bad.length > 0) refused.push(`${key}: ${bad.join('; ')}`);
      }
    }
    expect(refused).toEqual([]);
  });
});
