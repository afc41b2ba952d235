/*
 * "Payment events": a GraphiQL 3 plugin (a sidebar panel, like the docs explorer) that lists the
 * events of the feed (events-feed.js) as they arrive. Plain React.createElement: no build step.
 * The feed starts the first time the panel opens and keeps running while the page is open, so
 * closing and reopening the panel loses nothing.
 */
(function () {
  'use strict';

  var h = React.createElement;
  var useEditorContext = GraphiQL.React.useEditorContext;
  var HEADER_EDIT_DEBOUNCE_MS = 600;

  /** The header editor's JSON, or null while it is not valid JSON (the feed keeps the last good one). */
  function parseHeaders(text) {
    if (!text || !text.trim()) return {};
    try {
      var value = JSON.parse(text);
      return value && typeof value === 'object' && !Array.isArray(value) ? value : null;
    } catch {
      return null;
    }
  }

  /** Sets `"id"` in the variables editor, keeping the other variables (or starting over if they are not JSON). */
  function putIdInVariables(variableEditor, id) {
    var variables = {};
    try {
      var current = JSON.parse(variableEditor.getValue() || '{}');
      if (current && typeof current === 'object' && !Array.isArray(current)) variables = current;
    } catch {
      /* not JSON yet: replace it */
    }
    variables.id = id;
    variableEditor.setValue(JSON.stringify(variables, null, 2));
  }

  function useFeedHeaders(feed, headerEditor) {
    React.useEffect(
      function () {
        function apply() {
          var parsed = parseHeaders(headerEditor ? headerEditor.getValue() : '');
          if (parsed) feed.useHeaders(parsed);
        }
        apply();
        if (!headerEditor) return undefined;
        var timer = null;
        function onChange() {
          clearTimeout(timer);
          timer = setTimeout(apply, HEADER_EDIT_DEBOUNCE_MS);
        }
        headerEditor.on('change', onChange);
        return function () {
          clearTimeout(timer);
          headerEditor.off('change', onChange);
        };
      },
      [feed, headerEditor],
    );
  }

  var STATUS_TEXT = {
    idle: 'Starting…',
    connecting: 'Connecting…',
    live: 'Live: listening for paymentEvents',
    retrying: 'Disconnected',
  };

  function money(subject) {
    if (!subject.amount) return '';
    var refunded = subject.amountRefunded && subject.amountRefunded.amount !== '0.00' ? ', ' + subject.amountRefunded.amount + ' refunded' : '';
    return 'R$ ' + subject.amount.amount + refunded;
  }

  // A Pix charge shows its own status (PAID reads better than the common SUCCEEDED); every other
  // subject, whatever its type, shows the common state of the PaymentObject interface.
  function subjectStatus(subject) {
    return subject.status || subject.state || '';
  }

  function EventItem(props) {
    var event = props.event;
    var subject = event.subject || { __typename: 'Unknown', id: '' };
    return h(
      'li',
      { className: 'paygraph-event', 'data-event-type': event.type, 'data-subject-id': subject.id },
      h(
        'div',
        { className: 'paygraph-event-head' },
        h('span', { className: 'paygraph-event-type' }, event.type),
        h('time', { className: 'paygraph-event-time', dateTime: event.occurredAt }, new Date(event.occurredAt).toLocaleTimeString()),
      ),
      h('div', { className: 'paygraph-event-meta' }, event.provider + ' · ' + subject.__typename + ' ' + subjectStatus(subject) + (money(subject) ? ' · ' + money(subject) : '')),
      h(
        'div',
        { className: 'paygraph-event-subject' },
        h('code', { title: subject.id }, subject.id),
        h(
          'button',
          {
            type: 'button',
            className: 'paygraph-use-id',
            disabled: !props.canUse,
            onClick: function () {
              props.onUseId(subject.id);
            },
            title: 'Put this id into the variables editor as "id"',
          },
          'Use as $id',
        ),
      ),
    );
  }

  function createContent(feed) {
    return function PaymentEventsPanel() {
      var editors = useEditorContext({ nonNull: true });
      useFeedHeaders(feed, editors.headerEditor);
      var state = React.useSyncExternalStore(feed.subscribe, feed.snapshot);
      var variableEditor = editors.variableEditor;
      function useId(id) {
        if (variableEditor) putIdInVariables(variableEditor, id);
      }
      return h(
        'section',
        { className: 'paygraph-events', 'aria-label': 'Payment events' },
        h('div', { className: 'graphiql-doc-explorer-title' }, 'Payment events'),
        h('p', { className: 'paygraph-events-status', 'data-status': state.status }, STATUS_TEXT[state.status] + (state.message ? ' — ' + state.message : '')),
        h(
          'p',
          { className: 'paygraph-events-hint' },
          'Confirmed events appear here as they happen, whatever the editor is running. Headers typed in the Headers editor (API key) are used.',
        ),
        state.events.length === 0
          ? h('p', { className: 'paygraph-events-empty' }, 'No events yet. Run CreateCharge: in sandbox mode an amount ending in ,01 is paid a few seconds later.')
          : h(
              'ul',
              { className: 'paygraph-events-list' },
              state.events.map(function (event) {
                return h(EventItem, { key: event.cursor, event: event, canUse: Boolean(variableEditor), onUseId: useId });
              }),
            ),
      );
    };
  }

  function EventsIcon() {
    // A lightning bolt, drawn with attributes only (no inline style: the page's CSP).
    return h(
      'svg',
      { viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, strokeLinejoin: 'round', 'aria-hidden': 'true' },
      h('path', { d: 'M13 2 4 14h7l-1 8 9-12h-7l1-8z' }),
    );
  }

  /** The plugin object for GraphiQL's `plugins` prop; `wsUrl` is Paygraph's graphql-ws endpoint. */
  function createPlugin(wsUrl) {
    var feed = window.PaygraphEventsFeed.create(wsUrl);
    return { title: 'Payment events', icon: EventsIcon, content: createContent(feed) };
  }

  window.PaygraphEventsPanel = { createPlugin: createPlugin };
})();
