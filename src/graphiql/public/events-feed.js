/*
 * Paygraph events feed for GraphiQL: one graphql-ws subscription to `paymentEvents` of its own,
 * independent of the editor (GraphiQL runs one operation at a time, and running a mutation stops
 * the editor's subscription). No React here; the events panel (events-panel.js) renders it.
 *
 * - Its own graphql-ws client, so the editor's lazy client closing or reconnecting never touches it.
 * - Headers: the panel passes what the header editor holds (API keys); a change reconnects.
 *   GraphiQL keeps headers per tab, so a tab whose header editor is empty keeps the last headers
 *   (switching to it must not drop the API key, nor reconnect for nothing).
 * - Nothing missed: every (re)subscription passes `after:` the last cursor received, so Paygraph
 *   replays what happened while the socket was down. graphql-ws's own retry would resend the first
 *   `after:`, so retries are done here instead (1 s, 2 s, 4 s … 15 s).
 * - A cursor older than the event log keeps is reported and dropped (then live from now on).
 */
(function () {
  'use strict';

  var MAX_EVENTS = 200;
  var MAX_RETRY_MS = 15000;
  var QUERY =
    'subscription PaygraphEventsPanel($after: String) {\n' +
    '  paymentEvents(after: $after) {\n' +
    '    id cursor type provider occurredAt\n' +
    '    subject { __typename id ... on PaymentObject { state amount { amount } } ... on PixCharge { status amountRefunded { amount } } }\n' +
    '  }\n' +
    '}';

  function describeFailure(failure) {
    if (Array.isArray(failure))
      return failure
        .map(function (e) {
          return e.message;
        })
        .join('; ');
    if (failure && typeof failure.code === 'number') {
      if (failure.code === 4403) return 'the server refused the connection: add a valid API key in the Headers editor';
      return 'connection closed (' + failure.code + (failure.reason ? ' ' + failure.reason : '') + ')';
    }
    if (failure && failure.message) return failure.message;
    return 'cannot reach the server';
  }

  function isExpiredCursor(errors) {
    return errors.some(function (e) {
      return e.extensions && e.extensions.code === 'BAD_USER_INPUT' && /after/.test(e.message);
    });
  }

  function createFeed(url) {
    var state = { events: [], status: 'idle', message: '', lastCursor: null };
    var listeners = new Set();
    var headersKey = null;
    var headers = {};
    var client = null;
    var retryTimer = null;
    var retryMs = 1000;
    var generation = 0;

    function update(patch) {
      state = Object.assign({}, state, patch);
      listeners.forEach(function (listener) {
        listener();
      });
    }

    function receive(event) {
      if (
        state.events.some(function (known) {
          return known.cursor === event.cursor;
        })
      )
        return;
      update({ events: [event].concat(state.events).slice(0, MAX_EVENTS), lastCursor: event.cursor });
    }

    function scheduleRetry(reason, mine) {
      if (mine !== generation) return;
      stopClient();
      update({ status: 'retrying', message: reason + ' — retrying in ' + Math.round(retryMs / 1000) + ' s' });
      retryTimer = setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    }

    function stopClient() {
      clearTimeout(retryTimer);
      if (client) client.dispose();
      client = null;
    }

    function connect() {
      var mine = ++generation;
      stopClient();
      update({ status: 'connecting', message: '' });
      client = graphqlWs.createClient({
        url: url,
        lazy: false,
        retryAttempts: 0,
        connectionParams: headers,
        // The subscription's error handler below reports and retries; graphql-ws would also
        // console.error the close event of an eager (non-lazy) client.
        onNonLazyError: function () {},
        on: {
          connected: function () {
            if (mine !== generation) return;
            retryMs = 1000;
            update({ status: 'live', message: '' });
          },
        },
      });
      client.subscribe(
        { query: QUERY, variables: { after: state.lastCursor } },
        {
          next: function (result) {
            if (mine !== generation) return;
            if (result.errors && result.errors.length) {
              if (state.lastCursor && isExpiredCursor(result.errors)) {
                update({ lastCursor: null, message: 'Some events were too old to replay and may be missing.' });
              } else {
                update({ message: describeFailure(result.errors) });
              }
            }
            if (result.data && result.data.paymentEvents) receive(result.data.paymentEvents);
          },
          error: function (failure) {
            scheduleRetry(describeFailure(failure), mine);
          },
          // The server ends subscriptions when it shuts down: come back when it is up again.
          complete: function () {
            scheduleRetry(state.message || 'the server ended the subscription', mine);
          },
        },
      );
    }

    return {
      /** Starts the feed, or reconnects it when the headers changed (same `after:` cursor). */
      useHeaders: function (next) {
        var empty = !next || Object.keys(next).length === 0;
        if (empty && headersKey !== null) return;
        var key = JSON.stringify(next || {});
        if (key === headersKey) return;
        headersKey = key;
        headers = next || {};
        connect();
      },
      /** Ends the subscription and any pending retry (the page never needs it; tests do). */
      stop: function () {
        generation++;
        stopClient();
        update({ status: 'idle', message: '' });
      },
      subscribe: function (listener) {
        listeners.add(listener);
        return function () {
          listeners.delete(listener);
        };
      },
      snapshot: function () {
        return state;
      },
    };
  }

  window.PaygraphEventsFeed = { create: createFeed, QUERY: QUERY };
})();
