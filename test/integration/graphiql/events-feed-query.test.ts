import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { buildSchema, parse, validate } from 'graphql';

/**
 * The events panel's subscription is a string in a static browser file (no build step, so no
 * codegen checks it). Validate it against the emitted schema, so a schema change that breaks the
 * panel fails here instead of in someone's browser.
 */
describe('the GraphiQL events panel subscription', () => {
  const root = path.resolve(__dirname, '..', '..', '..');
  const window: { PaygraphEventsFeed?: { QUERY: string } } = {};
  runInNewContext(readFileSync(path.join(root, 'src/graphiql/public/events-feed.js'), 'utf8'), { window });
  const query = window.PaygraphEventsFeed!.QUERY;

  test('is a valid paymentEvents(after:) subscription against schema.graphql', () => {
    const schema = buildSchema(readFileSync(path.join(root, 'schema.graphql'), 'utf8'));
    const document = parse(query);
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
    expect(query).toMatch(/paymentEvents\(after: \$after\)/);
    expect(query).toMatch(/\bcursor\b/);
  });

  test('reads state and amount through the common PaymentObject interface, so every event type shows them', () => {
    expect(query).toMatch(/\.\.\. on PaymentObject \{ state amount \{ amount \} \}/);
  });
});
