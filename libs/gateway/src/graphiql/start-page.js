/* global document, window, URLSearchParams, fetch, React, ReactDOM, GraphiQL */
// Starts GraphiQL (bundled locally, no CDN) with the gateway's demo tokens one click away.
(function () {
  var config = JSON.parse(document.getElementById('graphiql-config').textContent);
  var params = new URLSearchParams(window.location.search);
  var current = { label: 'anonymous', token: null };
  var bar = document.getElementById('graphiql-tokens');

  function render() {
    bar.replaceChildren();
    var title = document.createElement('strong');
    title.textContent = 'Tsunagaru Graph · call as: ';
    bar.appendChild(title);
    [{ label: 'anonymous', token: null }].concat(config.demoTokens).forEach(function (choice) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = choice.label;
      button.setAttribute('data-role', choice.label);
      if (choice.label === current.label) button.setAttribute('aria-pressed', 'true');
      button.onclick = function () {
        current = choice;
        render();
      };
      bar.appendChild(button);
    });
    if (config.demoTokens.length === 0) {
      var note = document.createElement('span');
      note.textContent = ' (no demo tokens here: put "authorization": "Bearer …" in the headers below)';
      bar.appendChild(note);
    }
  }

  function fetcher(graphQLParams, options) {
    var headers = { 'content-type': 'application/json', accept: 'application/json' };
    if (current.token) headers.authorization = 'Bearer ' + current.token;
    var extra = (options && options.headers) || {};
    Object.keys(extra).forEach(function (name) {
      headers[name.toLowerCase()] = extra[name];
    });
    return fetch(config.endpoint, { method: 'POST', headers: headers, body: JSON.stringify(graphQLParams) }).then(function (response) {
      return response.json();
    });
  }

  render();
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: config.defaultQuery,
      query: params.get('query') || undefined,
      shouldPersistHeaders: false,
    }),
  );
})();
