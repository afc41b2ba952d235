import { GraphQLError, Kind } from 'graphql';
import { DateScalar } from '../../../../src/schema/scalars';

/** Date: a yyyy-MM-dd calendar day. Output is the same string the fields carried as `String`. */
describe('Date scalar', () => {
  it.each(['2025-01-15', '2024-02-29', '2025-12-31'])('serializes the calendar day %p as it is', (day) => {
    expect(DateScalar.serialize(day)).toBe(day);
  });

  it.each(['2025-02-30', '2025-1-15', '15/01/2025', '2025-01-15T00:00:00Z', '', 20250115, null])('refuses to serialize %p (never a wrong day on the wire)', (value) => {
    expect(() => DateScalar.serialize(value)).toThrow(GraphQLError);
  });

  it('parses a real day, literal or variable, and refuses others with BAD_USER_INPUT', () => {
    expect(DateScalar.parseValue('2025-03-01')).toBe('2025-03-01');
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: '2025-03-01' })).toBe('2025-03-01');
    for (const parse of [() => DateScalar.parseValue('2025-13-01'), () => DateScalar.parseLiteral({ kind: Kind.INT, value: '20250301' })]) {
      expect(parse).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
  });
});
