/**
 * What graphql-armor adds to validation, per document (Apollo caches parsed+validated documents,
 * so this is paid once per distinct query text, not per request).
 *   TS_NODE_PROJECT=bench/tsconfig.json node -r ts-node/register bench/micro/armor-validation.ts
 */
import 'reflect-metadata';
import { parse, specifiedRules, validate } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { buildSchema } from '../../src/build-schema';

const DOCS: Record<string, string> = {
  S1: 'query S1($id: ID!) { node(id: $id) { id ... on PixCharge { txid status } } }',
  S2: 'query S2 { pixCharges(first: 50) { edges { node { id status refunds { totalCount } } } } }',
};

async function main(): Promise<void> {
  const schema = await buildSchema({ sandbox: false });
  const armor = new ApolloArmor({ maxDepth: { n: 12 }, maxAliases: { n: 20 }, costLimit: { maxCost: 20_000 }, maxTokens: { n: 2_000 }, maxDirectives: { n: 30 } });
  const { validationRules } = armor.protect();
  for (const [name, text] of Object.entries(DOCS)) {
    const document = parse(text);
    const time = (rules: typeof specifiedRules, n = 2_000) => {
      for (let i = 0; i < 200; i++) validate(schema, document, rules);
      const started = process.hrtime.bigint();
      for (let i = 0; i < n; i++) validate(schema, document, rules);
      return Number(process.hrtime.bigint() - started) / 1e3 / n;
    };
    const base = time(specifiedRules);
    const armored = time([...specifiedRules, ...validationRules]);
    process.stdout.write(
      `${name}: validate ${base.toFixed(1)} µs, with armor rules ${armored.toFixed(1)} µs (+${(armored - base).toFixed(1)} µs), paid once per distinct document\n`,
    );
  }
}
void main();
