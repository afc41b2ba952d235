/**
 * Content-Security-Policy of the GraphiQL page. Everything the page needs is served by Paygraph
 * itself (see assets.ts), so 'self' is the only source anywhere.
 *
 * - script-src 'self': no inline script, no eval. The page passes its options as a JSON data block
 *   (type="application/json" is never executed), read by our static init script.
 * - style-src 'self' + one hash, no 'unsafe-inline': graphiql's stylesheet is a file, and the
 *   styles its React/CodeMirror code sets at runtime go through the CSSOM (element.style), which
 *   CSP does not govern. The one inline <style> is react-remove-scroll-bar's scroll lock, injected
 *   when a modal dialog (settings, keyboard shortcuts) opens. On this page it is always the same
 *   text: the page never scrolls (graphiql-page.css), so the measured scrollbar gap and body
 *   margins are all 0.
 *   Its sha256 is listed so it is not reported as a violation. After a graphiql upgrade the browser
 *   test (which opens the settings dialog) fails if the text changed; Chromium's console message
 *   gives the new hash. Blocking it would be harmless (the lock duplicates our own CSS).
 * - connect-src 'self': CSP Level 3 makes 'self' match ws:/wss: to the page's own host and port
 *   (http page → ws/wss, https page → wss only), exactly the graphql-ws endpoint. Chromium does
 *   this (the browser test subscribes over ws://127.0.0.1:port under this policy). A bare
 *   `ws:`/`wss:` would allow any host, so it is not listed.
 * - img-src/font-src data:: graphiql.min.css embeds its fonts (woff/woff2) and 3 PNGs as data:
 *   URIs.
 * - object-src 'none', base-uri 'none', frame-ancestors 'none', form-action 'self': no plugins, no
 *   <base> tag rewriting where URLs resolve, no framing (clickjacking), forms only to us.
 */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'sha256-Y/huXlwoYkVyQlxwSVcCi1RCDGDCSVBzDt0hYP9qlTc='",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
