import { ASSET_NAMES } from './assets';
import type { GraphiqlOptions } from './options';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/**
 * JSON for a <script type="application/json"> block: `<` is escaped so no `</script>` or `<!--`
 * can end the block early; `>`/`&` and U+2028/2029 for good measure. JSON.parse reads it back.
 */
export function jsonForScriptBlock(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => {
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

export function buildPage(options: GraphiqlOptions): string {
  const title = options.title ?? 'Paygraph · GraphiQL';
  const asset = (name: string) => escapeHtml(`${options.assetsPath}/${name}`);
  const config = {
    graphqlPath: options.graphqlPath,
    defaultTabs: options.defaultTabs,
  };
  const banner = options.sandboxBanner ? `<div class="paygraph-banner" role="status">${escapeHtml(options.sandboxBanner)}</div>\n` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${asset(ASSET_NAMES.graphiqlCss)}">
<link rel="stylesheet" href="${asset(ASSET_NAMES.pageCss)}">
</head>
<body>
${banner}<div id="graphiql" class="paygraph-graphiql">Loading GraphiQL…</div>
<script id="graphiql-config" type="application/json">${jsonForScriptBlock(config)}</script>
<script src="${asset(ASSET_NAMES.react)}"></script>
<script src="${asset(ASSET_NAMES.reactDom)}"></script>
<script src="${asset(ASSET_NAMES.graphqlWs)}"></script>
<script src="${asset(ASSET_NAMES.graphiqlJs)}"></script>
<script src="${asset(ASSET_NAMES.eventsFeed)}"></script>
<script src="${asset(ASSET_NAMES.eventsPanel)}"></script>
<script src="${asset(ASSET_NAMES.init)}"></script>
</body>
</html>
`;
}
