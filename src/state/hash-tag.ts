import { createHash } from 'node:crypto';

/**
 * A Redis Cluster hash tag (`{…}`) for keys that one script or transaction touches together:
 * Redis Cluster hashes only what is between the first `{` and the next `}`, so keys with the same
 * tag land in the same slot (docs/shared-state.md, "Key layout"). On a single Redis the braces are
 * just characters.
 *
 * A value that itself holds a brace, or is empty, is replaced by a digest: otherwise its own
 * braces could end the tag early (or make it empty, which Redis ignores) and two keys meant to be
 * together could land apart.
 */
export function hashTag(value: string): string {
  if (value.length > 0 && !/[{}]/.test(value)) return `{${value}}`;
  return `{#${createHash('sha256').update(value).digest('hex').slice(0, 24)}}`;
}
