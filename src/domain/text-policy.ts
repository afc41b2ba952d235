/**
 * THE text policy (issue 23, case 5; docs/security.md "Inputs"): what every string Paygraph
 * accepts must satisfy, whatever field it arrives in. `src/edge/text-policy.ts` applies it to every
 * argument of the schema by construction; the families' validators add their tighter provider
 * limits (each provider's `assumptions.ts`) on top.
 */

/** Longest string any input may carry (UTF-16 code units); provider limits are all far below. */
export const MAX_TEXT_LENGTH = 1_000;

/**
 * Control characters (`\p{Cc}`: every C0 including TAB/LF/CR, DEL, every C1) and bidirectional
 * controls (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates, U+200E/U+200F/U+061C
 * marks). They reach the provider and the payer's banking app, where an override can make text
 * read differently from what it is (issue 11). No Paygraph input is multi-line or needs them.
 */
const FORBIDDEN_TEXT = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

export function hasForbiddenText(value: string): boolean {
  return FORBIDDEN_TEXT.test(value);
}

/** Why `value` breaks the policy ("must …", to follow the field's name), or null when it passes. */
export function textPolicyProblem(value: string, maxLength: number = MAX_TEXT_LENGTH): string | null {
  // Length first: it is O(1), and a 100 KB string is refused without scanning it.
  if (value.length > maxLength) return `must be at most ${maxLength} characters.`;
  if (hasForbiddenText(value)) return 'must not contain control or bidirectional-override characters.';
  return null;
}
