import { BadUserInputError } from '../errors/domain-errors';

/**
 * Separators and escapes that would let an id change which resource a URL names: "/" and "\"
 * (a new segment; WHATWG URLs read "\" as "/"), "?" and "#" (the query, the fragment), "%" (an
 * escape some server decodes once more, "%2F" → "/"), and control characters.
 */
const UNSAFE = /[/\\?#%\p{Cc}]/u;

/**
 * An id that cannot be put into a provider URL path. Global ids are checked against each
 * provider's id pattern before they get here (src/lib/global-id.ts), so this is a bug guard; it
 * answers BAD_USER_INPUT (never INTERNAL_SERVER_ERROR) and never echoes the id.
 */
export class UnsafePathSegmentError extends BadUserInputError {
  constructor() {
    super('This id cannot name a provider resource (empty, a dot segment, or a separator).');
  }
}

/**
 * THE way an id becomes one segment of a provider path (issue 23, case 6): "." and ".." are
 * refused (URL parsing would resolve them, `GET /charge/v1/..` reads `/charge/v1/`), as are the
 * characters above; the rest is percent-encoded.
 */
export function pathSegment(id: string): string {
  if (typeof id !== 'string' || id === '' || id === '.' || id === '..' || UNSAFE.test(id)) throw new UnsafePathSegmentError();
  return encodeURIComponent(id);
}
