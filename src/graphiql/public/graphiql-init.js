/*
 * Paygraph GraphiQL bootstrap. A static file on purpose: the page's CSP forbids inline scripts.
 * Globals come from the UMD bundles loaded before this file: React, ReactDOM (React 18),
 * graphqlWs (graphql-ws client), GraphiQL (graphiql 3) and our PaygraphEventsPanel
 * (events-panel.js). Options arrive as a JSON data block.
 */
(function () {
  'use strict';

  var container = document.getElementById('graphiql');
  var config = JSON.parse(document.getElementById('graphiql-config').textContent);
  var url = location.origin + config.graphqlPath;
  var subscriptionUrl = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + config.graphqlPath;

  // The headers typed in GraphiQL's header editor, as of the latest operation. HTTP requests carry
  // them as headers; a websocket cannot, so they go in graphql-ws's connection_init payload.
  // The client is lazy (connects on the first subscription, closes after the last one), so a new
  // subscription started after editing the headers reconnects with the new ones.
  var currentHeaders = {};
  var wsClient = graphqlWs.createClient({
    url: subscriptionUrl,
    lazy: true,
    connectionParams: function () {
      return currentHeaders;
    },
  });

  var baseFetcher = GraphiQL.createFetcher({
    url: url,
    subscriptionUrl: subscriptionUrl,
    wsClient: wsClient,
  });

  function fetcher(params, opts) {
    currentHeaders = (opts && opts.headers) || {};
    return baseFetcher(params, opts);
  }

  // The "Payment events" sidebar panel keeps its own subscription, so events keep arriving while
  // the editor runs mutations (GraphiQL runs one operation at a time).
  var eventsPlugin = PaygraphEventsPanel.createPlugin(subscriptionUrl);

  container.textContent = '';
  ReactDOM.createRoot(container).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: config.defaultTabs,
      isHeadersEditorEnabled: true,
      // Headers hold API keys: never write them to localStorage.
      shouldPersistHeaders: false,
      defaultEditorToolsVisibility: true,
      // The documentation explorer is GraphiQL's built-in plugin (the book icon in the sidebar);
      // ours is the lightning bolt below it.
      plugins: [eventsPlugin],
    }),
  );
})();
