/**
 * The script of the webview page (inline, with the page's nonce): click-to-source, scroll sync both
 * ways with a guard against feedback loops, and body updates without reloading the page. Plain
 * ES2020 in a string so that no bundler helper can leak into it; the messages it sends and receives
 * are typed in client/src/preview/messages.ts (keep the two in step).
 *
 * Host -> page: {type:'update', html} replaces the content and keeps the scroll position;
 *               {type:'scrollTo', line} scrolls to the element of the nearest data-line.
 * Page -> host: {type:'reveal', line} on a click; {type:'didScroll', line} when the user scrolls;
 *               {type:'ready'} once it listens.
 */
export const WEBVIEW_SCRIPT = `(function () {
  'use strict';
  var vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : { postMessage: function () {}, getState: function () {}, setState: function () {} };
  var settingsEl = document.getElementById('strategy-preview-settings');
  var settings = {};
  try { settings = JSON.parse((settingsEl && settingsEl.getAttribute('data-settings')) || '{}'); } catch (e) { settings = {}; }
  var state = Object.assign({}, vscode.getState() || {}, { source: settings.source });
  vscode.setState(state);
  var root = document.getElementById('strategy-root');
  var ignoreScrollEvents = 0;
  var scrollFrame = 0;

  function syncEntries() {
    var nodes = document.querySelectorAll('.hero [data-line], #conversations [data-line]');
    var list = [];
    var y = window.scrollY;
    for (var i = 0; i < nodes.length; i++) {
      var line = Number(nodes[i].getAttribute('data-line'));
      if (!isFinite(line)) continue;
      var rect = nodes[i].getBoundingClientRect();
      if (rect.height === 0 && rect.width === 0) continue;
      list.push({ line: line, top: rect.top + y, el: nodes[i] });
    }
    return list;
  }

  function offsetForLine(line) {
    var entries = syncEntries();
    var prev = null;
    var next = null;
    for (var i = 0; i < entries.length; i++) {
      var e = entries[i];
      if (e.line <= line && (!prev || e.line > prev.line)) prev = e;
      if (e.line > line && (!next || e.line < next.line)) next = e;
    }
    if (!prev) return 0;
    if (next && next.top > prev.top && next.line > prev.line) {
      return prev.top + ((line - prev.line) / (next.line - prev.line)) * (next.top - prev.top);
    }
    return prev.top;
  }

  function lineAtOffset(y) {
    var entries = syncEntries().sort(function (a, b) { return a.top - b.top || a.line - b.line; });
    var at = -1;
    for (var i = 0; i < entries.length; i++) if (entries[i].top <= y + 1) at = i;
    if (at < 0) return entries.length ? entries[0].line : 0;
    var cur = entries[at];
    var nxt = entries[at + 1];
    if (nxt && nxt.line > cur.line && nxt.top > cur.top) {
      return Math.floor(cur.line + ((y - cur.top) / (nxt.top - cur.top)) * (nxt.line - cur.line));
    }
    return cur.line;
  }

  function scrollToLine(line) {
    var max = Math.max(0, document.documentElement.scrollHeight - window.innerHeight);
    var target = Math.max(0, Math.min(max, Math.round(offsetForLine(line))));
    if (Math.abs(target - window.scrollY) < 1) return;
    ignoreScrollEvents++;
    window.scrollTo(0, target);
  }

  window.addEventListener('scroll', function () {
    if (ignoreScrollEvents > 0) { ignoreScrollEvents--; return; }
    if (scrollFrame) return;
    scrollFrame = requestAnimationFrame(function () {
      scrollFrame = 0;
      var line = lineAtOffset(window.scrollY);
      state.line = line;
      vscode.setState(state);
      vscode.postMessage({ type: 'didScroll', line: line });
    });
  }, { passive: true });

  document.addEventListener('click', function (event) {
    var selection = window.getSelection && window.getSelection();
    if (selection && String(selection) !== '') return;
    var target = event.target && event.target.closest ? event.target.closest('[data-line]') : null;
    if (!target) return;
    var line = Number(target.getAttribute('data-line'));
    if (!isFinite(line)) return;
    event.preventDefault();
    vscode.postMessage({ type: 'reveal', line: line });
  });

  window.addEventListener('message', function (event) {
    var msg = event.data;
    if (!msg || typeof msg.type !== 'string') return;
    if (msg.type === 'update' && typeof msg.html === 'string' && root) {
      var y = window.scrollY;
      root.innerHTML = msg.html;
      // A shorter page clamps the scroll position: that scroll is ours, not the user's.
      if (Math.abs(window.scrollY - y) >= 1) ignoreScrollEvents++;
    } else if (msg.type === 'scrollTo' && typeof msg.line === 'number') {
      state.line = msg.line;
      vscode.setState(state);
      scrollToLine(msg.line);
    }
  });

  // The page's own state (kept across hiding and reloads) knows the latest position best.
  var initial = typeof state.line === 'number' ? state.line : settings.line;
  if (typeof initial === 'number' && initial > 0) scrollToLine(initial);
  vscode.postMessage({ type: 'ready' });
})();
`;
