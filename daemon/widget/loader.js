// Concierge web widget loader: <script src="https://support.example/widget.js" async></script>
// Draws the launcher and unread badge and opens the chat (an iframe served
// by the daemon). Options: data-title, data-colour, data-language,
// data-position (right|left). API: window.Concierge.open(), close(),
// identify(token), on(event, fn) with events open, close, unread, ready,
// tokenexpired. Calls made before this script loaded wait in
// window.Concierge.q (see docs/widget.md for the one-line stub).
(() => {
  'use strict';
  const w = window, d = document;
  if (w.Concierge && w.Concierge.loaded) return;
  const me = d.currentScript || d.querySelector('script[src*="widget.js"]');
  if (!me) return;
  const base = new URL(me.src, location.href).origin;
  const opt = me.dataset;
  const lang = String(opt.language || navigator.language || 'en').slice(0, 2).toLowerCase();
  const L = {
    en: ['Open chat', 'Close chat', '{n} unread'],
    de: ['Chat öffnen', 'Chat schließen', '{n} ungelesen'],
    es: ['Abrir chat', 'Cerrar chat', '{n} sin leer'],
  }[lang] || ['Open chat', 'Close chat', '{n} unread'];
  let colour = opt.colour || opt.color || '';
  if (!(w.CSS && CSS.supports('color', colour))) colour = '#2f5bea';
  const side = opt.position === 'left' ? 'left' : 'right';

  const css = `
.cw-launch{position:fixed;bottom:20px;${side}:20px;z-index:2147483000;width:56px;height:56px;border-radius:50%;
border:0;background:${colour};color:#fff;box-shadow:0 4px 14px rgba(0,0,0,.25);cursor:pointer;padding:0}
.cw-launch:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
.cw-launch svg{width:28px;height:28px;fill:currentColor;vertical-align:middle}
.cw-badge{position:absolute;top:-4px;right:-4px;min-width:20px;height:20px;padding:0 5px;border-radius:10px;
background:#d92d20;color:#fff;font:bold 12px/20px system-ui,sans-serif;text-align:center}
.cw-badge[hidden]{display:none}
.cw-frame{position:fixed;bottom:88px;${side}:20px;z-index:2147483001;width:370px;height:560px;
max-height:calc(100vh - 108px);border:0;border-radius:12px;background:#fff;box-shadow:0 8px 30px rgba(0,0,0,.3)}
.cw-frame[hidden]{display:none}
@media (max-width:639px){.cw-frame{inset:0;width:100%;height:100%;max-height:none;border-radius:0}
.cw-open .cw-launch{display:none}}`;
  if (d.adoptedStyleSheets && w.CSSStyleSheet && 'replaceSync' in CSSStyleSheet.prototype) {
    // Constructed sheets are not inline styles, so a shop's CSP without
    // 'unsafe-inline' does not block them.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    d.adoptedStyleSheets = [...d.adoptedStyleSheets, sheet];
  } else {
    const s = d.createElement('style');
    s.textContent = css;
    d.head.appendChild(s);
  }

  const launch = d.createElement('button');
  launch.type = 'button';
  launch.className = 'cw-launch';
  launch.setAttribute('aria-expanded', 'false');
  launch.setAttribute('aria-label', L[0]);
  launch.innerHTML = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z"/></svg>';
  const badge = d.createElement('span');
  badge.className = 'cw-badge';
  badge.hidden = true;
  launch.appendChild(badge);

  const handlers = {};
  let frame = null, ready = false, isOpen = false, token = null, unread = 0;
  const emit = (ev, arg) => (handlers[ev] || []).forEach((fn) => { try { fn(arg); } catch (e) { setTimeout(() => { throw e; }); } });
  const post = (msg) => { if (frame && ready) frame.contentWindow.postMessage(Object.assign({ concierge: true }, msg), base); };
  const remember = () => { try { localStorage.setItem('concierge.active', '1'); } catch (e) { /* ignore */ } };
  const active = () => { try { return localStorage.getItem('concierge.active') === '1'; } catch (e) { return false; } };

  function makeFrame() {
    if (frame) return;
    const h = new URLSearchParams({ lang, origin: location.origin, colour });
    if (opt.title) h.set('title', opt.title);
    if (token) h.set('auth', 'pending');
    frame = d.createElement('iframe');
    frame.className = 'cw-frame';
    frame.title = opt.title || L[0];
    frame.hidden = !isOpen;
    frame.src = base + '/widget/chat.html#' + h;
    frame.setAttribute('allow', 'clipboard-write');
    d.body.appendChild(frame);
  }

  const TITLE = /^\(\d+\) /;
  function showUnread(n) {
    unread = n;
    // Also while the tab is hidden: that is when the title is what shows.
    const shown = isOpen && d.visibilityState === 'visible' ? 0 : n;
    badge.hidden = !shown;
    badge.textContent = shown > 99 ? '99+' : String(shown);
    launch.setAttribute('aria-label', shown ? L[0] + ', ' + L[2].replace('{n}', shown) : L[0]);
    const bare = d.title.replace(TITLE, '');
    d.title = shown ? '(' + shown + ') ' + bare : bare;
  }

  const api = {
    loaded: true,
    open() {
      if (isOpen) return;
      isOpen = true;
      remember();
      makeFrame();
      frame.hidden = false;
      d.documentElement.classList.add('cw-open');
      launch.setAttribute('aria-expanded', 'true');
      launch.setAttribute('aria-label', L[1]);
      frame.focus();
      post({ type: 'open' });
      showUnread(unread);
      emit('open');
    },
    close() {
      if (!isOpen) return;
      isOpen = false;
      if (frame) frame.hidden = true;
      d.documentElement.classList.remove('cw-open');
      launch.setAttribute('aria-expanded', 'false');
      post({ type: 'close' });
      showUnread(unread);
      launch.focus();
      emit('close');
    },
    toggle() { if (isOpen) api.close(); else api.open(); },
    identify(t) {
      if (typeof t !== 'string' || !t) return;
      token = t;
      remember();
      post({ type: 'identify', token: t });
    },
    on(ev, fn) {
      if (typeof fn === 'function') (handlers[ev] = handlers[ev] || []).push(fn);
    },
  };

  w.addEventListener('message', (e) => {
    if (!frame || e.source !== frame.contentWindow || e.origin !== base || !e.data || !e.data.concierge) return;
    const m = e.data;
    if (m.type === 'ready') {
      ready = true;
      if (token) post({ type: 'identify', token });
      if (isOpen) post({ type: 'open' });
      emit('ready');
    } else if (m.type === 'unread') {
      const n = Number(m.count) || 0;
      if (n !== unread) { showUnread(n); emit('unread', n); }
    } else if (m.type === 'close') {
      api.close();
    } else if (m.type === 'tokenexpired') {
      emit('tokenexpired');
    }
  });

  launch.addEventListener('click', api.toggle);
  d.addEventListener('click', (e) => {
    const t = e.target && e.target.closest && e.target.closest('[data-concierge-open]');
    if (t) { e.preventDefault(); api.open(); }
  });

  const queued = (w.Concierge && Array.isArray(w.Concierge.q)) ? w.Concierge.q : [];
  w.Concierge = api;
  const start = () => {
    d.body.appendChild(launch);
    if (w.performance && performance.mark) performance.mark('concierge:launcher');
    // identify first, so the chat never starts as a guest when the page
    // meant to sign the visitor in.
    const calls = queued.filter((c) => c && c[0] === 'identify').concat(queued.filter((c) => c && c[0] !== 'identify'));
    for (const [name, args] of calls) {
      if (typeof api[name] === 'function') api[name](...(args || []));
    }
    // A visitor who chatted before gets the chat loaded at once, so the
    // badge can count replies that came while they were away.
    if (active()) makeFrame();
  };
  d.addEventListener('visibilitychange', () => showUnread(unread));
  if (d.body) start(); else d.addEventListener('DOMContentLoaded', start);
})();
