import { cobvComponents, totalCents } from '../../src/pix-api/cobv-amount';
import { dayNumber } from '../../src/pix-api/dates';
import { fromCents, percentOf, toCents } from '../../src/pix-api/money';

// Unit: the amount due of a charge with a due date on a payment day (ASM-X44..X46).

const day = (date: string) => dayNumber(date) as number;
const calendario = { dataDeVencimento: '2021-03-10', validadeAposVencimento: 30 };

describe('API Pix simulator amounts', () => {
  it('converts amounts without floats and rounds percentages half-up once', () => {
    expect(toCents('1234567890.99')).toBe(123_456_789_099);
    expect(fromCents(5)).toBe('0.05');
    expect(percentOf(12_345, '15.00')).toBe(1852); // 18.5175
    expect(percentOf(100, '0.50')).toBe(1); // 0.005 → 0.01
    expect(percentOf(100, '0.49')).toBe(0); // 0.0049 → 0.00
    expect(percentOf(10_000, '12.00', 10, 365)).toBe(33); // 0.3287…
  });

  it('applies yearly interest and a fixed value per day late', () => {
    const yearly = cobvComponents(calendario, { original: '1000.00', juros: { modalidade: 4, valorPerc: '36.50' } }, day('2021-03-20'));
    expect(yearly.jurosCents).toBe(1000); // 1000.00 × 36.5 % × 10 / 365
    const perDay = cobvComponents(calendario, { original: '50.00', juros: { modalidade: 1, valorPerc: '0.25' }, multa: { modalidade: 1, valorPerc: '2.00' } }, day('2021-03-14'));
    expect(perDay).toEqual({ originalCents: 5000, jurosCents: 100, multaCents: 200 });
  });

  it('picks the nearest fixed-date discount still open and none after the last one', () => {
    const valor = {
      original: '200.00',
      desconto: {
        modalidade: 2,
        descontoDataFixa: [
          { data: '2021-03-05', valorPerc: '5.00' },
          { data: '2021-03-01', valorPerc: '10.00' },
        ],
      },
    };
    expect(cobvComponents(calendario, valor, day('2021-02-27')).descontoCents).toBe(2000);
    expect(cobvComponents(calendario, valor, day('2021-03-02')).descontoCents).toBe(1000);
    expect(cobvComponents(calendario, valor, day('2021-03-06')).descontoCents).toBeUndefined();
  });

  it('never asks less than 0.01, shrinking the discount first', () => {
    const valor = { original: '10.00', abatimento: { modalidade: 1, valorPerc: '6.00' }, desconto: { modalidade: 3, valorPerc: '1.00' } };
    const components = cobvComponents(calendario, valor, day('2021-03-01'));
    expect(totalCents(components)).toBe(1);
    expect(components).toEqual({ originalCents: 1000, abatimentoCents: 600, descontoCents: 399 });
  });
});
