// Point RequireJS at the widget files vendored into the book (_static/widgets/), wherever this page sits.
// The ipywidgets HTML manager loads its modules, and its icon fonts, relative to RequireJS's baseUrl,
// which otherwise is the page's own folder.
(function () {
  var here = document.currentScript.src;  // .../_static/county/require-config.js?v=...
  require.config({ baseUrl: new URL("../widgets/", here).href });
})();
