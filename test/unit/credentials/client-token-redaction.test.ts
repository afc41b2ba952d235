import { redactForLog, scrubText } from '../../../src/lib/redact';
import { createClientTokens, generatedClientTokenKey } from '../../../src/credentials/client-tokens';
import { encodeGlobalId } from '../../../src/lib/global-id';

/** A client token reaching a log line by accident (a payload, a message quoting it) is redacted. */
describe('client tokens in logs', () => {
  let token: string;
  beforeAll(async () => {
    const { issuer } = createClientTokens([generatedClientTokenKey()]);
    ({ token } = await issuer.issue({ clientId: 'shop', subjectId: encodeGlobalId('PixCharge', 'ASTRA', 'txid0000000000000000000000000001'), ttlSeconds: 60 }));
  });

  test('a clientToken field (e.g. the createClientToken payload) is dropped', () => {
    expect(JSON.stringify(redactForLog({ data: { createClientToken: { clientToken: token, userErrors: [] } } }))).not.toContain(token.split('.')[2]);
  });

  test('a token quoted in free text, or in connectionParams, is scrubbed', () => {
    expect(scrubText(`could not use ${token} here`)).not.toContain(token.split('.')[2]);
    expect(JSON.stringify(redactForLog({ connectionParams: { authorization: token } }))).not.toContain(token.split('.')[2]);
  });
});
