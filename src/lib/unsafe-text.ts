/**
 * Control characters (`\p{Cc}`: every C0 including TAB/LF/CR, DEL, every C1) and bidirectional
 * controls (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates, U+200E/U+200F/U+061C
 * marks). They reach the provider and the payer's banking app, where an override can make text
 * read differently from what it is (issue 11). One definition: the input text policy
 * (`src/domain/text-policy.ts`) refuses them, and the BR Code decoder refuses codes that carry them.
 */
const UNSAFE_TEXT = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

export function hasForbiddenText(value: string): boolean {
  return UNSAFE_TEXT.test(value);
}
