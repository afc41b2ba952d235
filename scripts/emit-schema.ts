/**
 * `npm run schema:emit`: writes schema.graphql at the repo root from the type-graphql classes,
 * using the sandbox schema, which is the superset (it adds `simulatePixChargePayment`); see
 * generated-files.ts. Deterministic: same code, same bytes. Then run `npm run codegen`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, SCHEMA_FILE, renderSchema } from './generated-files';

async function main(): Promise<void> {
  const file = path.join(ROOT, SCHEMA_FILE);
  const sdl = await renderSchema();
  const before = await readFile(file, 'utf8').catch(() => undefined);
  if (before === sdl) {
    console.log(`${SCHEMA_FILE} is up to date.`);
    return;
  }
  await writeFile(file, sdl);
  console.log(`Wrote ${SCHEMA_FILE}. Now run \`npm run codegen\` and commit both.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
