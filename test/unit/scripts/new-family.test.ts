import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { familyNames, writeSkeleton } from '../../../scripts/new-family';

const REPO = path.resolve(__dirname, '../../..');

/**
 * The generator, run into a temp dir. Cheap checks only: each file parses, and each relative
 * import names a generated file or one that exists in the repository. (Typechecking the skeleton
 * in place, listed in FAMILIES, was done by hand: tsc, eslint and check:generated pass.)
 */
describe('npm run new:family', () => {
  let root: string;
  beforeEach(async () => (root = await mkdtemp(path.join(tmpdir(), 'paygraph-new-family-'))));
  afterEach(() => rm(root, { recursive: true, force: true }));

  test("writes the family's skeleton in its own folders, each file parsing and importing what exists", async () => {
    const written = await writeSkeleton(root, familyNames('gift-cards'));
    expect(written).toEqual([
      'src/domain/gift-cards/port.ts',
      'src/domain/gift-cards/events.ts',
      'src/resolvers/gift-cards/gift-card.resolver.ts',
      'src/resolvers/gift-cards/graphiql-tabs.ts',
      'src/resolvers/gift-cards/index.ts',
    ]);
    for (const file of written) {
      const source = await readFile(path.join(root, file), 'utf8');
      const { diagnostics } = ts.transpileModule(source, { reportDiagnostics: true, compilerOptions: { experimentalDecorators: true } });
      expect({ file, diagnostics: diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')) }).toEqual({ file, diagnostics: [] });
      for (const [, specifier] of source.matchAll(/from '(\.[^']+)'/g)) {
        const target = `${path.join(path.dirname(file), specifier)}`;
        const exists = [root, REPO].some((base) => ['.ts', '/index.ts'].some((ext) => existsSync(path.join(base, target + ext))));
        expect({ file, specifier, exists }).toEqual({ file, specifier, exists: true });
      }
    }
    expect(await readFile(path.join(root, 'src/resolvers/gift-cards/index.ts'), 'utf8')).toContain('export const giftCardsFamily: Family = {');
  });

  test('refuses a family that exists, and a name that is not a kebab-case plural', async () => {
    await writeSkeleton(root, familyNames('gift-cards'));
    await expect(writeSkeleton(root, familyNames('gift-cards'))).rejects.toThrow('src/domain/gift-cards already exists');
    expect(() => familyNames('GiftCards')).toThrow('kebab-case');
    expect(familyNames('statuses', 'status')).toEqual({ folder: 'statuses', singular: 'status' });
    expect(() => familyNames('fish')).toThrow('kebab-case');
    expect(familyNames('boletos')).toEqual({ folder: 'boletos', singular: 'boleto' });
  });
});
