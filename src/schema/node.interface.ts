import { Field, ID, InterfaceType } from 'type-graphql';

/** Relay global object identification: every fetchable object has an opaque, global `id`. */
@InterfaceType({
  description: 'An object with a global id. Fetch any of them again with `node(id:)` or `nodes(ids:)`.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id (encodes type, provider and provider id). Do not parse it.' })
  id!: string;
}
