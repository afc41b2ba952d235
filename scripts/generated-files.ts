/**
 * The generated files that are committed, and how to render them in memory:
 *
 * - `schema.graphql`: printed from the type-graphql classes with `buildSchema({ sandbox: true })`.
 *   The sandbox schema is the superset of the live one (it adds the sandbox-only mutation
 *   `simulatePixChargePayment`), so every operation a frontend may send is checked against it.
 *   Types, fields, arguments and enum values are sorted by name (`lexicographicSortSchema`, what
 *   type-graphql's own emitSchemaFile does): the output does not depend on import or registration
 *   order, and a diff shows only real changes.
 * - `test/generated/graphql.ts`: GraphQL Code Generator (codegen.yml) over that schema and the
 *   operations in test/operations and examples/operations.
 * - `test/generated/client/`: the client preset over the same operations, with
 *   `persisted-documents.json`, the trusted-documents manifest (sha256 hash → document) that
 *   TRUSTED_DOCUMENTS loads (docs/frontend-guide.md). A stale manifest fails the gate like any output.
 *
 * Used by emit-schema.ts (writes schema.graphql) and check-generated.ts (the staleness gate).
 */
import 'reflect-metadata';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from '../src/build-schema';

export const ROOT = path.resolve(__dirname, '..');
export const SCHEMA_FILE = 'schema.graphql';
export const CODEGEN_CONFIG = 'codegen.yml';

const SCHEMA_HEADER = `# GENERATED FILE, DO NOT EDIT. Written by \`npm run schema:emit\` (scripts/emit-schema.ts) from the
# type-graphql classes (src/schema/build-schema.ts); \`npm test\` fails when it is stale.
#
# This is the sandbox schema, a superset of the live one: it adds the sandbox-only mutation
# simulatePixChargePayment. Sorted by name. Typed documents for tests and examples: \`npm run codegen\` (codegen.yml).
`;

/** The SDL that `schema.graphql` must contain, LF line endings, one trailing newline. */
export async function renderSchema(): Promise<string> {
  const schema = await buildSchema({ sandbox: true });
  return `${SCHEMA_HEADER}\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

/**
 * Runs codegen.yml in memory against `schemaFile` (instead of the committed schema.graphql) and
 * returns each generated file's content by its path relative to the repo root. Nothing is written.
 */
export async function renderCodegen(schemaFile: string): Promise<Map<string, string>> {
  const { generate, loadCodegenConfig } = await import('@graphql-codegen/cli');
  const { config } = await loadCodegenConfig({ configFilePath: path.join(ROOT, CODEGEN_CONFIG) });
  // `generate` is typed `Promise<any>`; with saveToFile = false it resolves to the rendered files.
  const outputs = (await generate({ ...config, schema: schemaFile, cwd: ROOT, silent: true, verbose: false, errorsOnly: true }, false)) as Array<{
    filename: string;
    content: string;
  }>;
  return new Map(outputs.map((output) => [path.relative(ROOT, path.resolve(ROOT, output.filename)), output.content]));
}

/** Compares text as git checks it out on any platform. */
export function sameText(a: string, b: string): boolean {
  const normalize = (text: string) => text.replace(/\r\n/g, '\n');
  return normalize(a) === normalize(b);
}
