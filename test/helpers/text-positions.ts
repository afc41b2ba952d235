import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import type { GraphQLResponse, TestPaygraph } from './paygraph';
import { wsOnce } from './ws-once';

/**
 * Walks a field's arguments the way the text policy does (src/edge/text-policy.ts), for the
 * schema-driven tests: every position a string can be sent to, as a path of argument names,
 * input fields and list indices ("0").
 */
export interface TextPosition {
  path: string[];
  /** The named scalar at that position (String, ID, Decimal, CpfCnpj…). */
  scalar: string;
}

const NOT_TEXT = new Set(['Int', 'Float', 'Boolean']);

export function textPositions(args: readonly GraphQLArgument[]): TextPosition[] {
  return args.flatMap((arg) => positionsOf(arg.type, [arg.name], new Set()));
}

function positionsOf(type: GraphQLInputType, path: string[], seen: Set<string>): TextPosition[] {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return positionsOf(nullable.ofType, [...path, '0'], seen);
  if (isScalarType(nullable)) return NOT_TEXT.has(nullable.name) ? [] : [{ path, scalar: nullable.name }];
  if (!isInputObjectType(nullable) || seen.has(nullable.name)) return [];
  const inner = new Set(seen).add(nullable.name);
  return Object.values(nullable.getFields()).flatMap((field) => positionsOf(field.type, [...path, field.name], inner));
}

/** A copy of `variables` with `value` at `path`; null when the baseline lacks the parent object. */
export function withValueAt(variables: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> | null {
  // A JSON copy, not structuredClone: that one keeps objects shared between two positions shared.
  const copy = JSON.parse(JSON.stringify(variables)) as Record<string, unknown>;
  let parent: any = copy;
  for (const key of path.slice(0, -1)) {
    if (parent[key] == null || typeof parent[key] !== 'object') return null;
    parent = parent[key];
  }
  parent[path.at(-1)!] = value;
  return copy;
}

/** `operation($a: T!, …) { field(a: $a, …) { selection } }` for the arguments present in `variables`. */
export function operationFor(operation: 'query' | 'mutation' | 'subscription', field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): string {
  const args = field.args.filter((arg) => arg.name in variables);
  const definitions = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `${operation}${definitions ? `(${definitions})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selectionFor(field)} }`;
}

function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (!isCompositeType(named)) return '';
  const answersUserErrors = isObjectType(named) && 'userErrors' in named.getFields();
  return answersUserErrors ? '{ __typename userErrors { field code message } }' : '{ __typename }';
}

/** The committed schema (`npm run check:generated` keeps it equal to the served one). */
export const SCHEMA = buildSchema(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'));

export type Operation = 'query' | 'mutation' | 'subscription';

/** Every root field of every operation type, keyed `Type.field`. */
export const ROOT_FIELDS = (
  [
    ['query', SCHEMA.getQueryType()],
    ['mutation', SCHEMA.getMutationType()],
    ['subscription', SCHEMA.getSubscriptionType()],
  ] as const
).flatMap(([operation, root]) => Object.values(root?.getFields() ?? {}).map((field) => ({ operation: operation, field, key: `${root!.name}.${field.name}` })));

/** Sends one root field: over HTTP, or over graphql-ws for a subscription (its first answer). */
export function send(app: TestPaygraph, operation: Operation, field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): Promise<GraphQLResponse> {
  const document = operationFor(operation, field, variables);
  return operation === 'subscription' ? wsOnce(app.wsUrl, document, variables) : app.gql(document, variables);
}

export { providerCalls } from './paygraph';

/** The baseline that already holds `path` (so a change there leaves it valid), else the first holding its parent. */
export function baselineFor(candidates: ReadonlyArray<Record<string, unknown>> | undefined, path: string[]): Record<string, unknown> | undefined {
  const valueAt = (variables: Record<string, unknown>) => path.reduce<unknown>((value, key) => (value == null ? undefined : (value as Record<string, unknown>)[key]), variables);
  return candidates?.find((variables) => valueAt(variables) !== undefined) ?? candidates?.find((variables) => withValueAt(variables, path, '') !== null);
}
