/**
 * A provider request path as a route template (`url.template`): fixed words stay, every other
 * segment becomes `{id}`, and the query is dropped. Adapters build paths with ids inside
 * (`charge/v1/dynamic/<txid>`, `card/v1/tokenized/<card token>`), and a span attribute or metric
 * label must carry neither an id (cardinality) nor a card token (a secret).
 *
 * A segment is kept only when it is a short lowercase word, words joined by `-`/`_`
 * (`generate-anonymous-pix`), or a version (`v1`): every provider id Paygraph sends has a digit, an
 * upper-case letter or more than 32 characters (UUIDs, `astra…` txids, tokens), so an id is never kept.
 */
export function routeTemplate(path: string): string {
  const query = path.indexOf('?');
  const bare = query === -1 ? path : path.slice(0, query);
  const segments = bare.split('/').map((segment) => (segment === '' || FIXED_WORD.test(segment) ? segment : '{id}'));
  const template = segments.join('/');
  return template.startsWith('/') ? template : `/${template}`;
}

const FIXED_WORD = /^(?:[a-z]{1,32}(?:[-_][a-z]{1,32}){0,5}|v\d{1,2})$/;
