/**
 * `npm run new:family -- gift-cards [gift-card]`: writes the skeleton of a new resource family
 * (docs/adding-a-family.md): its domain port and event types, its resolver, GraphiQL tabs and
 * `Family`. It edits no shared file: it prints the list line to add to `src/families.ts`, which is
 * what makes the family part of the schema. The singular defaults to the plural without its "s".
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface FamilyNames {
  /** Folder name in every layer: plural, kebab-case (`gift-cards`). */
  folder: string;
  /** `gift-card`. */
  singular: string;
}

const KEBAB = /^[a-z]+(-[a-z]+)*$/;

export function familyNames(plural: string, singular = plural.replace(/s$/, '')): FamilyNames {
  if (!KEBAB.test(plural) || !KEBAB.test(singular) || plural === singular) {
    throw new Error(`Name the family by its plural in kebab-case, e.g. gift-cards (got ${JSON.stringify(plural)}${singular ? `, singular ${JSON.stringify(singular)}` : ''}).`);
  }
  return { folder: plural, singular };
}

const words = (kebab: string) => kebab.split('-');
const pascal = (kebab: string) =>
  words(kebab)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
const camel = (kebab: string) => pascal(kebab)[0].toLowerCase() + pascal(kebab).slice(1);
const constant = (kebab: string) => words(kebab).join('_').toUpperCase();
const label = (kebab: string) => words(kebab).join(' ');

/** Every file of the skeleton, by path relative to the repository root. */
export function skeleton({ folder, singular }: FamilyNames): Map<string, string> {
  const [Thing, things, EVENTS, KEY] = [pascal(singular), camel(folder), `${constant(singular)}_EVENTS`, constant(folder)];
  const Label = label(folder)[0].toUpperCase() + label(folder).slice(1);
  return new Map([
    [
      `src/domain/${folder}/port.ts`,
      `import { portKey } from '../../domain/ports';

/** What a provider does for ${label(folder)} (docs/adding-a-family.md, step 3). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the skeleton: its calls come next
export interface ${Thing}Port {}

export const ${KEY} = portKey<${Thing}Port>('${things}', 'TODO: what it lets a client do, completing "<Provider> cannot …"');
`,
    ],
    [
      `src/domain/${folder}/events.ts`,
      `import { eventTypeNames } from '../../events/payment-event';

/**
 * The events the ${label(folder)} family publishes, each with its GraphQL description
 * (docs/adding-a-family.md, step 7). Only what something publishes.
 */
export const ${EVENTS} = {} as const;

/** The typed way to name one of them in code. */
export const ${Thing}EventType = eventTypeNames(${EVENTS});

declare module '../../events/payment-event' {
  interface PaymentEventTypes {
    ${things}: typeof ${EVENTS};
  }
}
`,
    ],
    [
      `src/resolvers/${folder}/${singular}.resolver.ts`,
      `import { Resolver } from 'type-graphql';

/** The ${label(folder)} queries and mutations: arguments → use case → payload (docs/adding-a-family.md, step 5). */
@Resolver()
export class ${Thing}Resolver {}
`,
    ],
    [
      `src/resolvers/${folder}/graphiql-tabs.ts`,
      `import type { GraphiqlTab } from '../../graphiql/options';

/** GraphiQL tabs walking the ${label(folder)} flow (docs/adding-a-family.md, step 5). */
export function ${camel(singular)}Tabs(): GraphiqlTab[] {
  return [];
}
`,
    ],
    [
      `src/resolvers/${folder}/index.ts`,
      `import type { Family } from '../../family';
import { ${EVENTS} } from '../../domain/${folder}/events';
import { ${camel(singular)}Tabs } from './graphiql-tabs';
import { ${Thing}Resolver } from './${singular}.resolver';

/** ${Label}: TODO what they are, and which providers have them. */
export const ${things}Family: Family = {
  name: '${Label}',
  resolvers: [${Thing}Resolver],
  eventTypes: ${EVENTS},
  graphiqlTabs: ${camel(singular)}Tabs,
};
`,
    ],
  ]);
}

/** Writes the skeleton under `root`; refuses when one of the family's folders already exists. */
export async function writeSkeleton(root: string, names: FamilyNames): Promise<string[]> {
  const files = skeleton(names);
  const taken = [...files.keys()].map((file) => path.dirname(file)).find((dir) => existsSync(path.join(root, dir)));
  if (taken) throw new Error(`${taken} already exists: the family ${names.folder} is not new.`);
  for (const [file, content] of files) {
    await mkdir(path.join(root, path.dirname(file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  }
  return [...files.keys()];
}

async function main(args: string[]): Promise<void> {
  const names = familyNames(args[0] ?? '', args[1]);
  const written = await writeSkeleton(path.resolve(__dirname, '..'), names);
  const family = `${camel(names.folder)}Family`;
  console.log(`Wrote:\n${written.map((file) => `  ${file}`).join('\n')}`);
  console.log(`\nNext (docs/adding-a-family.md): list it in src/families.ts:
  import { ${family} } from './resolvers/${names.folder}';
  ${family},
then its model and use cases, src/schema/${names.folder}/, each provider's src/datasources/<provider>/${names.folder}/
(bound in that provider's bindings) and, when Astra sends its webhooks, its webhook.ts listed in
src/datasources/astra/webhook-deliveries.ts.`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
