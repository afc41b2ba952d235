/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "subscription CheckoutPixChargeStatus($id: ID!) {\n  pixChargeUpdated(id: $id) {\n    id\n    status\n    paidAt\n    expiresAt\n  }\n}": typeof types.CheckoutPixChargeStatusDocument,
    "query CheckoutPixCharge($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on PixCharge {\n      id\n      status\n      amount {\n        amount\n        currency\n      }\n      description\n      brCode\n      qrCodeSvg\n      expiresAt\n    }\n  }\n}": typeof types.CheckoutPixChargeDocument,
    "mutation CheckoutSaveCard($input: SaveCardInput!) {\n  saveCard(input: $input) {\n    savedCard {\n      id\n      brand\n      maskedNumber\n    }\n    userErrors {\n      field\n      code\n      message\n    }\n  }\n}": typeof types.CheckoutSaveCardDocument,
};
const documents: Documents = {
    "subscription CheckoutPixChargeStatus($id: ID!) {\n  pixChargeUpdated(id: $id) {\n    id\n    status\n    paidAt\n    expiresAt\n  }\n}": types.CheckoutPixChargeStatusDocument,
    "query CheckoutPixCharge($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on PixCharge {\n      id\n      status\n      amount {\n        amount\n        currency\n      }\n      description\n      brCode\n      qrCodeSvg\n      expiresAt\n    }\n  }\n}": types.CheckoutPixChargeDocument,
    "mutation CheckoutSaveCard($input: SaveCardInput!) {\n  saveCard(input: $input) {\n    savedCard {\n      id\n      brand\n      maskedNumber\n    }\n    userErrors {\n      field\n      code\n      message\n    }\n  }\n}": types.CheckoutSaveCardDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription CheckoutPixChargeStatus($id: ID!) {\n  pixChargeUpdated(id: $id) {\n    id\n    status\n    paidAt\n    expiresAt\n  }\n}"): (typeof documents)["subscription CheckoutPixChargeStatus($id: ID!) {\n  pixChargeUpdated(id: $id) {\n    id\n    status\n    paidAt\n    expiresAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CheckoutPixCharge($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on PixCharge {\n      id\n      status\n      amount {\n        amount\n        currency\n      }\n      description\n      brCode\n      qrCodeSvg\n      expiresAt\n    }\n  }\n}"): (typeof documents)["query CheckoutPixCharge($id: ID!) {\n  node(id: $id) {\n    __typename\n    ... on PixCharge {\n      id\n      status\n      amount {\n        amount\n        currency\n      }\n      description\n      brCode\n      qrCodeSvg\n      expiresAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CheckoutSaveCard($input: SaveCardInput!) {\n  saveCard(input: $input) {\n    savedCard {\n      id\n      brand\n      maskedNumber\n    }\n    userErrors {\n      field\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation CheckoutSaveCard($input: SaveCardInput!) {\n  saveCard(input: $input) {\n    savedCard {\n      id\n      brand\n      maskedNumber\n    }\n    userErrors {\n      field\n      code\n      message\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;