import { pathSegment, UnsafePathSegmentError } from '../../../src/datasources/path-segment';
import { PAGSTAR_ASSUMPTIONS } from '../../../src/datasources/pagstar/assumptions';
import { ErrorCode } from '../../../src/errors/codes';

const UNSAFE_SEGMENTS = ['', '.', '..', '/', '../x', 'a/b', 'a\\b', '%2F', '%2e%2e', 'a?b', 'a#b', 'a\u0000b', 'a\u007fb', 'a\u0085b'];

describe('pathSegment (issue 23, case 6)', () => {
  test.each(UNSAFE_SEGMENTS.map((id) => [JSON.stringify(id), id]))('refuses %s with a BAD_USER_INPUT that does not echo it', (_name, id) => {
    let thrown: unknown;
    try {
      pathSegment(id);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UnsafePathSegmentError);
    expect((thrown as UnsafePathSegmentError).code).toBe(ErrorCode.BAD_USER_INPUT);
    if (id.length > 1) expect((thrown as Error).message).not.toContain(id);
  });

  test('passes provider ids through and percent-encodes what is left', () => {
    expect(pathSegment('astra202412dfsdrtsdgdgdst00005Z')).toBe('astra202412dfsdrtsdgdgdst00005Z');
    expect(pathSegment('0b6f3c1e-2a7d-4f7e-9d7a-5c1e8f0a9b21')).toBe('0b6f3c1e-2a7d-4f7e-9d7a-5c1e8f0a9b21');
    expect(pathSegment('a b:ç')).toBe('a%20b%3A%C3%A7');
    expect(pathSegment('...')).toBe('...');
  });

  test("Pagstar's paths are built with it", () => {
    expect(PAGSTAR_ASSUMPTIONS.paths.transaction('47023acc-0727-476a-a011-9d759e7f58c9')).toBe('wallet/partner/transactions/47023acc-0727-476a-a011-9d759e7f58c9');
    expect(() => PAGSTAR_ASSUMPTIONS.paths.transaction('..')).toThrow(UnsafePathSegmentError);
    expect(() => PAGSTAR_ASSUMPTIONS.paths.check('.')).toThrow(UnsafePathSegmentError);
  });
});
