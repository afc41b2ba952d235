import { settleEach } from '../../../src/domain/loaders';
import { NotSupportedError } from '../../../src/errors/domain-errors';

describe('settleEach', () => {
  test('a fetch that throws before returning a promise (a port lookup: NOT_SUPPORTED) fails only its own key, with its error', async () => {
    const unsupported = new NotSupportedError('Astra cannot create or read Pix charges with a due date.', { provider: 'ASTRA' });
    const results = await settleEach(['ASTRA:a', 'PIX_API:b'], (provider, id) => {
      if (provider === 'ASTRA') throw unsupported;
      return Promise.resolve(`${provider}/${id}`);
    });
    expect(results).toEqual([unsupported, 'PIX_API/b']);
  });

  test('a rejected fetch fails only its own key', async () => {
    const results = await settleEach(['ASTRA:a', 'ASTRA:b'], (_provider, id) => (id === 'a' ? Promise.reject(new Error('gone')) : Promise.resolve(id)));
    expect(results).toEqual([new Error('gone'), 'b']);
  });
});
