/**
 * `npm run check:generated` (first step of `npm test`): the staleness gate for the committed
 * generated files. It renders schema.graphql from the code and runs codegen.yml against that fresh
 * schema (in a temp directory, in memory), then compares both with what is committed. Exit 1 with
 * the stale file and the fix command when they differ, so a schema change cannot land without
 * the regenerated schema and typed documents (which `npm run typecheck` then checks the tests
 * against).
 *
 * Every codegen.yml target is covered, the checkout example's too: its page's typed documents and
 * trusted-documents manifest (examples/checkout/web/src/graphql/) and its merchant server's typed
 * documents (examples/checkout/server/graphql.ts), so a schema change that breaks the example, or
 * a page operation edited without regenerating its manifest, fails here.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, SCHEMA_FILE, renderCodegen, renderSchema, sameText } from './generated-files';

const FIX = 'npm run schema:emit && npm run codegen';

async function main(): Promise<number> {
  const stale: string[] = [];
  const schema = await renderSchema();
  if (!sameText((await readCommitted(SCHEMA_FILE)) ?? '', schema)) stale.push(SCHEMA_FILE);

  const dir = await mkdtemp(path.join(tmpdir(), 'paygraph-generated-'));
  try {
    const freshSchema = path.join(dir, SCHEMA_FILE);
    await writeFile(freshSchema, schema);
    for (const [file, content] of await renderCodegen(freshSchema)) {
      if (!sameText((await readCommitted(file)) ?? '', content)) stale.push(file);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  if (stale.length === 0) {
    console.log(`Generated files are up to date (${SCHEMA_FILE}, codegen.yml outputs).`);
    return 0;
  }
  for (const file of stale) console.error(`✖ ${file} is stale: it differs from what the code generates.`);
  console.error(`\nRegenerate and commit: ${FIX}`);
  return 1;
}

async function readCommitted(file: string): Promise<string | undefined> {
  return readFile(path.join(ROOT, file), 'utf8').catch(() => undefined);
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    // A document that no longer validates against the schema lands here (codegen error).
    console.error(error instanceof Error ? error.message : error);
    console.error(`\ncheck:generated could not render the generated files. Fix the error above, then run: ${FIX}`);
    process.exitCode = 1;
  },
);
