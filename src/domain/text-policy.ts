/**
 * THE text policy (issue 23, case 5; docs/security.md "Inputs"): what every string Paygraph
 * accepts must satisfy, whatever field it arrives in. `src/edge/text-policy.ts` applies it to every
 * argument of the schema by construction; the families' validators add their tighter provider
 * limits (each provider's `assumptions.ts`) on top.
 */

import { hasForbiddenText } from '../lib/unsafe-text';

export { hasForbiddenText };

/** Longest string any input may carry (UTF-16 code units); provider limits are all far below. */
export const MAX_TEXT_LENGTH = 1_000;

/** Why `value` breaks the policy ("must …", to follow the field's name), or null when it passes. */
export function textPolicyProblem(value: string, maxLength: number = MAX_TEXT_LENGTH): string | null {
  // Length first: it is O(1), and a 100 KB string is refused without scanning it.
  if (value.length > maxLength) return `must be at most ${maxLength} characters.`;
  if (hasForbiddenText(value)) return 'must not contain control or bidirectional-override characters.';
  return null;
}
