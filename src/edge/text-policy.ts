import {
  defaultFieldResolver,
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { BadUserInputError } from '../errors/domain-errors';
import { textPolicyProblem } from '../domain/text-policy';
import { userError, UserErrorCode } from '../domain/user-errors';

/**
 * Applies the text policy (src/domain/text-policy.ts) to every field argument of the schema, by
 * construction: no family has to remember it. Every field whose arguments can carry a string (any
 * depth of input objects and lists; String, ID and string-valued custom scalars) gets its
 * resolver (a subscription: its `subscribe`, once per subscription) wrapped with a walk over the
 * coerced argument values. A refusal happens before the resolver runs, so before any idempotency
 * record or provider call, on both transports (they execute the same schema):
 *
 * - a field answering a payload with `userErrors` (every mutation) answers `{ userErrors: [INVALID
 *   at the input path] }`, like the families' own input checks (src/domain/input-checks.ts);
 * - any other field (queries, list filters, nested connections, subscriptions) fails with
 *   `BAD_USER_INPUT` and `extensions.field` = the argument path.
 *
 * Fields without string arguments are left untouched (no cost on the hot path). The values are
 * never echoed in the message.
 */
export function applyTextPolicy(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType(), ...Object.values(schema.getTypeMap())]) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) guardField(field);
  }
  return schema;
}

export interface TextViolation {
  /** The argument path, list indices as strings (like user errors' `field`). */
  field: string[];
  /** "must …", to follow the field's name. */
  problem: string;
}

/** The first string in `args` that breaks the policy, with its argument path; null when all pass. */
export function findTextViolation(definitions: readonly GraphQLArgument[], args: Record<string, unknown>): TextViolation | null {
  for (const definition of definitions) {
    const found = walk(definition.type, args[definition.name], [definition.name]);
    if (found) return found;
  }
  return null;
}

const guarded = new WeakSet<GraphQLField<unknown, unknown>>();

function guardField(field: GraphQLField<unknown, unknown>): void {
  if (guarded.has(field) || !field.args.some((arg) => canCarryText(arg.type, new Set()))) return;
  guarded.add(field);
  // A subscription is checked once, when it starts; its events then resolve with the same args.
  if (field.subscribe) field.subscribe = checked(field, field.subscribe, throwBadUserInput);
  else field.resolve = checked(field, field.resolve ?? defaultFieldResolver, refusalFor(field));
}

function checked(
  field: GraphQLField<unknown, unknown>,
  inner: GraphQLFieldResolver<unknown, unknown>,
  refuse: (v: TextViolation) => unknown,
): GraphQLFieldResolver<unknown, unknown, Record<string, unknown>> {
  return (source, args, context, info) => {
    const violation = findTextViolation(field.args, args);
    return violation ? refuse(violation) : inner(source, args, context, info);
  };
}

/** A payload whose only required field is `userErrors` can answer the refusal as a user error. */
function refusalFor(field: GraphQLField<unknown, unknown>): (violation: TextViolation) => unknown {
  const payload = getNullableType(field.type);
  if (!isObjectType(payload)) return throwBadUserInput;
  const fields = Object.values(payload.getFields());
  const answersUserErrors = fields.some((f) => f.name === 'userErrors') && fields.every((f) => f.name === 'userErrors' || !isNonNullType(f.type));
  if (!answersUserErrors) return throwBadUserInput;
  return (violation) => ({ userErrors: [userError(violation.field, UserErrorCode.INVALID, `${fieldName(violation.field)} ${violation.problem}`)] });
}

/** The name a message starts with: the last input field of the path, not a list index. */
function fieldName(path: string[]): string {
  return path.findLast((key) => !/^[0-9]+$/.test(key)) ?? path.join('.');
}

function throwBadUserInput(violation: TextViolation): never {
  throw new BadUserInputError(`${violation.field.join('.')} ${violation.problem}`, violation.field);
}

function walk(type: GraphQLInputType, value: unknown, path: string[]): TextViolation | null {
  if (value == null) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return null;
    for (const [index, item] of value.entries()) {
      const found = walk(nullable.ofType, item, [...path, String(index)]);
      if (found) return found;
    }
    return null;
  }
  if (isInputObjectType(nullable)) {
    for (const inner of Object.values(nullable.getFields())) {
      const found = walk(inner.type, (value as Record<string, unknown>)[inner.name], [...path, inner.name]);
      if (found) return found;
    }
    return null;
  }
  // Scalars: whatever coerced to a string (String, ID, string-valued custom scalars). Scalars that
  // parse to objects (Decimal, CpfCnpj, CardNumber, DateTime) have their own strict parsers.
  if (!isScalarType(nullable) || typeof value !== 'string') return null;
  const problem = textPolicyProblem(value);
  return problem ? { field: path, problem } : null;
}

function canCarryText(type: GraphQLInputType, seen: Set<string>): boolean {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return canCarryText(nullable.ofType, seen);
  if (isScalarType(nullable)) return !['Int', 'Float', 'Boolean'].includes(nullable.name);
  if (!isInputObjectType(nullable) || seen.has(nullable.name)) return false;
  seen.add(nullable.name);
  return Object.values(nullable.getFields()).some((inner) => canCarryText(inner.type, seen));
}
