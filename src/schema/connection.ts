import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './page-info.type';

export interface EdgeShape<T> {
  cursor: string;
  node: T;
}
export interface ConnectionShape<T> {
  edges: EdgeShape<T>[];
  pageInfo: PageInfo;
  totalCount: number | null;
}

/** Builds the Relay `XEdge` / `XConnection` pair for a node type (one definition for all lists). */
export function connectionTypes<T extends object>(name: string, nodeType: ClassType<T>, withTotal = true) {
  @ObjectType(`${name}Edge`, { description: `An edge in a ${name} connection.` })
  class Edge {
    @Field({ description: 'Opaque cursor of this edge; pass it as `after`.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} objects (Relay connection).` })
  class Connection {
    @Field(() => [Edge], { description: 'The items of this page, in order.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
    pageInfo!: PageInfo;
  }

  if (withTotal) {
    Field(() => Int, { nullable: true, description: 'Total number of items, when the provider reports it.' })(Connection.prototype, 'totalCount');
  }
  return { Edge, Connection };
}
