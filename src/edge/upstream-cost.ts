import {
  getNamedType,
  getOperationAST,
  isCompositeType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * What one evaluation of a field can make the providers do, declared on the field itself with
 * type-graphql's `@Extensions({ upstreamCost: … })` (docs/security.md, "Cost in provider calls").
 * The estimate is an upper bound on provider HTTP calls: it ignores DataLoader de-duplication of
 * equal ids (an attacker chooses distinct ones) but counts batching, which the loaders guarantee.
 */
export interface UpstreamCost {
  /** Calls per parent object (e.g. `node`: 1 GET; a list window that may straddle 2 pages: 2). */
  perParent?: number;
  /** Calls once per batch, however many parents (a DataLoader batch, e.g. the refund scan page). */
  perBatch?: number;
  /** Calls per element of this list argument, per parent (`nodes(ids:)`: one GET per id). */
  perItemOf?: string;
  /** Refused before execution when the list argument `perItemOf` is longer than this. */
  maxItems?: number;
  /** The field returns up to this many objects: an Int argument (`first`) or a list argument's length (`ids`). */
  itemsFrom?: string;
  /** Default for `itemsFrom` when the argument is absent and has no schema default. */
  defaultItems?: number;
  /** The field returns at most this many objects (a short provider list, e.g. one webhook per event type). */
  items?: number;
  /** No calls under the nearest costed ancestor field of this name: the object is already in the request's loader. */
  freeUnder?: string;
}

export const UPSTREAM_COST = 'upstreamCost';

export interface CostEstimate {
  /** Upper bound on the provider calls the operation can cause. */
  providerCalls: number;
  /** A list argument over its `maxItems` cap, as `{ field, max, got }`. */
  overCap?: { field: string; max: number; got: number };
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  estimate: CostEstimate;
}

/** Walks the operation (after validation) and adds up the declared upstream costs. */
export function estimateUpstreamCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): CostEstimate {
  const operation = getOperationAST(document, operationName);
  const estimate: CostEstimate = { providerCalls: 0 };
  if (!operation) return estimate;
  const root = schema.getRootType(operation.operation);
  if (!root) return estimate;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  // A variable's default counts like a value sent (`$ids: [ID!] = [...]` is a list of ids too).
  const values: Record<string, unknown> = { ...variables };
  const walk: Walk = { schema, fragments, variables: values, estimate };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (values[name] === undefined && definition.defaultValue) values[name] = literal(walk, definition.defaultValue);
  }
  walkSelections(walk, operation.selectionSet, root, 1, undefined);
  return estimate;
}

function walkSelections(walk: Walk, selectionSet: SelectionSetNode, parentType: GraphQLCompositeType, multiplicity: number, parentField: string | undefined): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) walkField(walk, selection, parentType, multiplicity, parentField);
    else {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.fragments.get(selection.name.value);
      if (!fragment) continue;
      const condition = fragment.typeCondition ? walk.schema.getType(fragment.typeCondition.name.value) : parentType;
      if (condition && isCompositeType(condition)) walkSelections(walk, fragment.selectionSet, condition, multiplicity, parentField);
    }
  }
}

function walkField(walk: Walk, node: FieldNode, parentType: GraphQLCompositeType, multiplicity: number, parentField: string | undefined): void {
  if (!('getFields' in parentType)) return; // a union: only fragments select from it
  const field = parentType.getFields()[node.name.value] as GraphQLField<unknown, unknown> | undefined;
  if (!field) return; // __typename and introspection fields
  const cost = field.extensions?.[UPSTREAM_COST] as UpstreamCost | undefined;
  let childMultiplicity = multiplicity;
  if (cost) {
    if (cost.freeUnder === undefined || cost.freeUnder !== parentField) {
      walk.estimate.providerCalls += (cost.perParent ?? 0) * multiplicity + (cost.perBatch ?? 0);
      if (cost.perItemOf) {
        const items = listLength(walk, field, node, cost.perItemOf);
        if (cost.maxItems !== undefined && items > cost.maxItems && !walk.estimate.overCap) {
          walk.estimate.overCap = { field: `${parentType.name}.${field.name}(${cost.perItemOf}:)`, max: cost.maxItems, got: items };
        }
        walk.estimate.providerCalls += items * multiplicity;
      }
    }
    if (cost.items !== undefined) childMultiplicity = multiplicity * cost.items;
    if (cost.itemsFrom) childMultiplicity = multiplicity * Math.max(1, itemCount(walk, field, node, cost.itemsFrom, cost.defaultItems));
  }
  const named = getNamedType(field.type);
  // `freeUnder` looks at the nearest ancestor that reaches a provider (connections put edges/node between).
  if (node.selectionSet && isCompositeType(named)) walkSelections(walk, node.selectionSet, named, childMultiplicity, cost ? field.name : parentField);
}

/** Length of a list argument: a literal list, a variable's array, or 1 for a single (coerced) value. */
function listLength(walk: Walk, field: GraphQLField<unknown, unknown>, node: FieldNode, argName: string): number {
  const value = argumentValue(walk, field, node, argName);
  if (Array.isArray(value)) return value.length;
  return value === undefined || value === null ? 0 : 1;
}

function itemCount(walk: Walk, field: GraphQLField<unknown, unknown>, node: FieldNode, argName: string, fallback = 1): number {
  const value = argumentValue(walk, field, node, argName);
  if (Array.isArray(value)) return value.length;
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function argumentValue(walk: Walk, field: GraphQLField<unknown, unknown>, node: FieldNode, argName: string): unknown {
  const argument = node.arguments?.find((arg) => arg.name.value === argName);
  if (argument) return literal(walk, argument.value);
  return field.args.find((arg) => arg.name === argName)?.defaultValue;
}

/** Enough of value coercion for counting: lists, ints and variables (execution validates the rest). */
function literal(walk: Walk, value: ValueNode): unknown {
  switch (value.kind) {
    case Kind.VARIABLE:
      return walk.variables[value.name.value];
    case Kind.LIST:
      return value.values.map((item) => literal(walk, item));
    case Kind.INT:
      return Number(value.value);
    case Kind.NULL:
      return null;
    default:
      return true; // some scalar: counts as one item
  }
}
