import { readFileSync } from 'node:fs';
import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { createGraphiqlAssetsRouter, GRAPHIQL_CSP, graphiqlDisabledHandler, graphiqlHandler, renderGraphiqlPage, wantsGraphiql, type GraphiqlOptions } from '../../../src/graphiql';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const DISABLED_MESSAGE = 'GraphiQL is disabled on this server (GRAPHIQL=false). POST GraphQL requests to /graphql.';

const options: GraphiqlOptions = {
  graphqlPath: '/graphql',
  assetsPath: '/graphiql-assets',
  title: 'Paygraph <GraphiQL>',
  sandboxBanner: 'Sandbox mode: provider simulators on loopback',
  defaultTabs: [
    {
      name: 'Hello',
      query: '{ __typename }',
      headers: '{"x-api-key": "</script><script>alert(1)"}',
    },
  ],
};

function startApp(app: express.Express): Promise<{ origin: string; server: http.Server }> {
  const server = http.createServer(app).listen(0, '127.0.0.1');
  return once(server, 'listening').then(() => ({
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
  }));
}

function closeServer(server: http.Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** The `src` of every <script src> and `href` of every <link href> in the page. */
function assetUrls(html: string): string[] {
  const urls = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]*)"/g)];
  return urls.map((match) => match[1]);
}

describe('GraphiQL served by Paygraph', () => {
  let origin: string;
  let server: http.Server;
  let disabled: { origin: string; server: http.Server };

  beforeAll(async () => {
    const app = express();
    app.use(createGraphiqlAssetsRouter(options));
    app.get('/graphql', (req, res, next) => (wantsGraphiql(req) ? graphiqlHandler(options)(req, res, next) : next()));
    app.get('/graphql', (_req, res) => {
      res.json({ fellThrough: true });
    });
    app.post('/graphql', (_req, res) => {
      res.json({ data: { __typename: 'Query' } });
    });
    ({ origin, server } = await startApp(app));

    const off = express();
    off.get('/graphql', (req, res, next) => (wantsGraphiql(req) ? graphiqlDisabledHandler(req, res, next) : next()));
    disabled = await startApp(off);
  });

  afterAll(async () => {
    await closeServer(server);
    await closeServer(disabled.server);
  });

  it('serves the page to a browser asking for text/html', async () => {
    const res = await fetch(`${origin}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('vary')).toMatch(/accept/i);
    const html = await res.text();
    expect(html).toBe(renderGraphiqlPage(options));
    expect(html).toContain('<div id="graphiql"');
    expect(html).toContain('Sandbox mode: provider simulators on loopback');
    expect(html).toContain('<title>Paygraph &lt;GraphiQL&gt;</title>');
  });

  it('leaves JSON clients to the GraphQL handler', async () => {
    const jsonAccepts = ['application/json', 'application/graphql-response+json, application/json', '*/*'];
    for (const accept of jsonAccepts) {
      const res = await fetch(`${origin}/graphql?query=%7B__typename%7D`, { headers: { accept } });
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      await expect(res.json()).resolves.toEqual({ fellThrough: true });
    }
    const post = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { accept: BROWSER_ACCEPT, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    await expect(post.json()).resolves.toEqual({ data: { __typename: 'Query' } });
  });

  it('loads every script and stylesheet from its own origin with the right type', async () => {
    const html = renderGraphiqlPage(options);
    const urls = assetUrls(html);
    // react, react-dom, graphql-ws, graphiql, events feed + panel, init script; graphiql css, page
    // css; data: favicon.
    expect(urls).toHaveLength(10);
    for (const url of urls.filter((u) => !u.startsWith('data:'))) {
      const resolved = new URL(url, `${origin}/graphql`);
      expect(resolved.origin).toBe(origin);
      const res = await fetch(resolved);
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      const type = url.endsWith('.css') ? 'text/css' : 'text/javascript';
      expect(res.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
  });

  it('serves only the listed files', async () => {
    for (const probe of ['package.json', '..%2Fpackage.json', 'graphiql.js', 'index.umd.js']) {
      const res = await fetch(`${origin}/graphiql-assets/${probe}`);
      expect({ probe, status: res.status }).toEqual({ probe, status: 404 });
    }
  });

  it('sends a strict CSP: scripts from self only, no other host anywhere', async () => {
    const res = await fetch(`${origin}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    const csp = res.headers.get('content-security-policy');
    expect(csp).toBe(GRAPHIQL_CSP);
    const directives = new Map(
      csp!.split(';').map((d) => {
        const [name, ...sources] = d.trim().split(/\s+/);
        return [name, sources] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(csp).not.toMatch(/https?:|wss?:|\*/);
  });

  it('links no other host from the page, the init script or the events panel', async () => {
    const page = renderGraphiqlPage(options);
    const own = async (file: string) => (await fetch(`${origin}/graphiql-assets/${file}`)).text();
    const init = await own('graphiql-init.js');
    const ownFiles = [init, await own('graphiql-page.css'), await own('events-feed.js'), await own('events-panel.js')];
    // `'wss://' + location.host` is fine: only a scheme followed by a host name is a URL elsewhere.
    for (const text of [page, ...ownFiles]) expect(text).not.toMatch(/\b(?:https?|wss?):\/\/[\w[]/);
    // No inline code: every <script> either loads a file or is the JSON data block.
    const scriptTags = page.match(/<script\b[^>]*>/g) ?? [];
    const inline = scriptTags.filter((tag) => !/ src="|type="application\/json"/.test(tag));
    expect(inline).toEqual([]);
    expect(init).toContain('location.origin');
  });

  it('passes options as escaped JSON data, not code', () => {
    const html = renderGraphiqlPage(options);
    const block = /<script id="graphiql-config" type="application\/json">([^<]*)<\/script>/.exec(html);
    expect(block).not.toBeNull();
    expect(JSON.parse(block![1])).toEqual({
      graphqlPath: '/graphql',
      defaultTabs: options.defaultTabs,
    });
    expect(html.match(/<\/script>/g)).toHaveLength(8);
  });

  it('ships fonts and images as data: URIs inside graphiql.min.css', () => {
    const css = readFileSync(path.join(path.dirname(require.resolve('graphiql/package.json')), 'graphiql.min.css'), 'utf8');
    const refs = [...css.matchAll(/url\(\s*['"]?([^'")]*)/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((ref) => !ref.startsWith('data:'))).toEqual([]);
  });

  it('answers a browser with a plain 404 when GraphiQL is disabled', async () => {
    const res = await fetch(`${disabled.origin}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const body = await res.text();
    expect(body).toBe(DISABLED_MESSAGE);
    expect(body).not.toMatch(/\bat \S+ \(|Error:/);
  });

  it('rejects asset or GraphQL paths that could break out of the page', () => {
    for (const bad of ['graphql', '/graph"ql', '/a/../b', '/..', '/x<y', '/', '/a/']) {
      expect(() => renderGraphiqlPage({ ...options, graphqlPath: bad })).toThrow(/graphqlPath/);
      expect(() => createGraphiqlAssetsRouter({ ...options, assetsPath: bad })).toThrow(/assetsPath/);
    }
  });
});
