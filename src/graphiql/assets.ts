import { existsSync } from 'node:fs';
import path from 'node:path';
import { Router, type Request, type Response, type NextFunction } from 'express';

/** The static files the GraphiQL page loads, by the name they have under `assetsPath`. */
export const ASSET_NAMES = {
  react: 'react.production.min.js',
  reactDom: 'react-dom.production.min.js',
  graphiqlJs: 'graphiql.min.js',
  graphiqlCss: 'graphiql.min.css',
  graphqlWs: 'graphql-ws.min.js',
  eventsFeed: 'events-feed.js',
  eventsPanel: 'events-panel.js',
  init: 'graphiql-init.js',
  pageCss: 'graphiql-page.css',
} as const;

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

// Our own files are plain .js/.css, which `tsc` does not copy to dist/: fall back to the source
// tree so both `ts-node`/jest (src/) and a compiled build (dist/) find them.
function ownFile(file: string): string {
  const candidates = [path.join(__dirname, 'public', file), path.resolve(__dirname, '..', '..', 'src', 'graphiql', 'public', file)];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(`GraphiQL asset ${file} not found (looked in ${candidates.join(', ')})`);
  }
  return found;
}

/** Absolute paths, resolved once. An allow-list: nothing else in node_modules is reachable. */
function assetFiles(): Map<string, string> {
  return new Map([
    [ASSET_NAMES.react, packageFile('react', 'umd/react.production.min.js')],
    [ASSET_NAMES.reactDom, packageFile('react-dom', 'umd/react-dom.production.min.js')],
    [ASSET_NAMES.graphiqlJs, packageFile('graphiql', 'graphiql.min.js')],
    [ASSET_NAMES.graphiqlCss, packageFile('graphiql', 'graphiql.min.css')],
    // graphiql.min.js ends with `sourceMappingURL=index.umd.js.map`; only devtools ask for it.
    ['index.umd.js.map', packageFile('graphiql', 'graphiql.min.js.map')],
    [ASSET_NAMES.graphqlWs, packageFile('graphql-ws', 'umd/graphql-ws.min.js')],
    [ASSET_NAMES.eventsFeed, ownFile(ASSET_NAMES.eventsFeed)],
    [ASSET_NAMES.eventsPanel, ownFile(ASSET_NAMES.eventsPanel)],
    [ASSET_NAMES.init, ownFile(ASSET_NAMES.init)],
    [ASSET_NAMES.pageCss, ownFile(ASSET_NAMES.pageCss)],
  ]);
}

export function assetsRouter(assetsPath: string): Router {
  const files = assetFiles();
  const router = Router();
  router.use(assetsPath, (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = files.get(req.path.replace(/^\//, ''));
    if (!file) return next();
    res.setHeader('Content-Type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    // Unversioned URLs: browsers may keep a copy but revalidate (ETag → 304), so a deploy that
    // upgrades graphiql or our init script is picked up at once.
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(file, { cacheControl: false }, (err) => {
      if (err && !res.headersSent) next(err);
    });
  });
  return router;
}
