// The sandbox's GraphQL explorer: GraphiQL (vendored, see README.md here) posting to this very
// URL. The token comes only from the field the user pastes it into; the page carries none.
(function () {
  "use strict";
  var tokenInput = document.getElementById("token");
  document.getElementById("token-bar").addEventListener("submit", function (e) {
    e.preventDefault();
  });
  var endpoint = window.location.pathname;

  function fetcher(params, opts) {
    var headers = { "content-type": "application/json", accept: "application/json" };
    var extra = (opts && opts.headers) || {};
    Object.keys(extra).forEach(function (k) {
      headers[k.toLowerCase()] = extra[k];
    });
    var token = tokenInput.value.trim();
    if (token && !headers.authorization) {
      headers.authorization = token;
    }
    return fetch(endpoint, {
      method: "POST",
      headers: headers,
      body: JSON.stringify(params),
      credentials: "omit",
    })
      .then(function (r) {
        return r.text();
      })
      .then(function (text) {
        try {
          return JSON.parse(text);
        } catch (e) {
          return { errors: [{ message: text }] };
        }
      });
  }

  var search = new URLSearchParams(window.location.search);
  var props = {
    fetcher: fetcher,
    defaultQuery:
      "# Paste a token above, then run (Ctrl-Enter):\n{\n  appConfig {\n    version\n  }\n}\n",
    defaultEditorToolsVisibility: true,
  };
  if (search.get("query")) {
    props.query = search.get("query");
  }
  if (search.get("variables")) {
    props.variables = search.get("variables");
  }
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, props)
  );
})();
