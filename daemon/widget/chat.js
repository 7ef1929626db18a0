// The chat page of the Concierge web widget. It runs in an iframe on the
// daemon's origin (or on its own at /widget/chat.html) and speaks the
// WebSocket protocol of docs/protocol.md. Every text from the network is
// put into the page with textContent, never as HTML.
//
// Exactly-once: every line typed gets a clientMsgId and waits in an outbox
// kept in localStorage until the server acks it; after any reconnect the
// outbox is sent again with the same ids (the server stores a duplicate
// once and acks it with duplicate: true) and the page resumes from its
// last seq, so a line is neither lost nor shown twice.
(() => {
  'use strict';

  const STRINGS = {
    en: {
      title: 'Chat with us', you: 'You', assistant: 'Assistant', message: 'Message',
      placeholder: 'Write a message…', send: 'Send', person: 'Talk to a person',
      queue: 'You are number {n} in the queue.', waiting: 'Waiting for a person…',
      noStaff: 'No one is available right now. The assistant will keep helping you.',
      withAgent: 'You are chatting with {name}', typing: '{name} is typing…',
      end: 'End chat', rate: 'How did we do?', star: 'Rate {n} of 5',
      thanks: 'Thank you for your feedback!', again: 'Start a new chat',
      reconnecting: 'Connection lost. Reconnecting…', sending: 'Sending…',
      failed: 'Not sent: {reason}', minimize: 'Minimize chat', read: 'Read',
      earlier: 'Show earlier messages',
      leaveLabel: 'Your email address', leaveSend: 'Leave a message',
      left: 'Your message is waiting for the team. The answer will come to {email}.',
      transcript: 'Email me this chat', transcriptSent: 'The transcript is on its way to your inbox.',
      askEmail: 'Your email address for the transcript:',
    },
    de: {
      title: 'Chatten Sie mit uns', you: 'Sie', assistant: 'Assistent', message: 'Nachricht',
      placeholder: 'Nachricht schreiben…', send: 'Senden', person: 'Mit einem Menschen sprechen',
      queue: 'Sie sind Nummer {n} in der Warteschlange.', waiting: 'Wir verbinden Sie mit einem Menschen…',
      noStaff: 'Gerade ist niemand erreichbar. Der Assistent hilft Ihnen weiter.',
      withAgent: 'Sie chatten mit {name}', typing: '{name} schreibt…',
      end: 'Chat beenden', rate: 'Wie war unser Service?', star: '{n} von 5 Sternen',
      thanks: 'Vielen Dank für Ihre Bewertung!', again: 'Neuen Chat beginnen',
      reconnecting: 'Verbindung unterbrochen. Neuer Versuch…', sending: 'Wird gesendet…',
      failed: 'Nicht gesendet: {reason}', minimize: 'Chat minimieren', read: 'Gelesen',
      earlier: 'Frühere Nachrichten anzeigen',
      leaveLabel: 'Ihre E-Mail-Adresse', leaveSend: 'Nachricht hinterlassen',
      left: 'Ihre Nachricht wartet auf das Team. Die Antwort kommt an {email}.',
      transcript: 'Chat per E-Mail senden', transcriptSent: 'Das Protokoll ist unterwegs in Ihr Postfach.',
      askEmail: 'Ihre E-Mail-Adresse für das Protokoll:',
    },
    es: {
      title: 'Chatea con nosotros', you: 'Tú', assistant: 'Asistente', message: 'Mensaje',
      placeholder: 'Escribe un mensaje…', send: 'Enviar', person: 'Hablar con una persona',
      queue: 'Eres el número {n} en la cola.', waiting: 'Esperando a una persona…',
      noStaff: 'Ahora no hay nadie disponible. El asistente te seguirá ayudando.',
      withAgent: 'Estás hablando con {name}', typing: '{name} está escribiendo…',
      end: 'Terminar chat', rate: '¿Qué tal te atendimos?', star: 'Valorar con {n} de 5',
      thanks: '¡Gracias por tu opinión!', again: 'Empezar un chat nuevo',
      reconnecting: 'Conexión perdida. Reconectando…', sending: 'Enviando…',
      failed: 'No enviado: {reason}', minimize: 'Minimizar chat', read: 'Leído',
      earlier: 'Ver mensajes anteriores',
      leaveLabel: 'Tu correo electrónico', leaveSend: 'Dejar un mensaje',
      left: 'Tu mensaje espera al equipo. La respuesta llegará a {email}.',
      transcript: 'Enviarme este chat por correo', transcriptSent: 'La transcripción va de camino a tu correo.',
      askEmail: 'Tu correo electrónico para la transcripción:',
    },
  };

  const $ = (id) => document.getElementById(id);
  const fmt = (s, v) => s.replace(/\{(\w+)\}/g, (_, k) => String(v[k]));
  const params = new URLSearchParams(location.hash.slice(1));
  const lang = pickLang([params.get('lang'), ...(navigator.languages || [navigator.language])]);
  const T = STRINGS[lang];
  const embedded = window.parent !== window;
  const parentOrigin = originOf(params.get('origin')) || location.origin;

  function pickLang(candidates) {
    for (const c of candidates) {
      const l = String(c || '').slice(0, 2).toLowerCase();
      if (STRINGS[l]) return l;
    }
    return 'en';
  }
  function originOf(s) {
    try { const u = new URL(s); return u.origin === 'null' ? null : u.origin; } catch (e) { return null; }
  }

  // localStorage may be unavailable (privacy modes); the chat still works,
  // it only forgets across reloads.
  const store = {
    get(k) { try { return JSON.parse(localStorage.getItem('concierge.' + k)); } catch (e) { return null; } },
    set(k, v) { try { localStorage.setItem('concierge.' + k, JSON.stringify(v)); } catch (e) { /* ignore */ } },
    del(k) { try { localStorage.removeItem('concierge.' + k); } catch (e) { /* ignore */ } },
  };

  const st = {
    auth: null,            // {token, exp (ms), guest}
    waitIdentify: params.get('auth') === 'pending',
    ws: null, sock: 0, connecting: false, live: false, everLive: false,
    retries: 0, failures: 0, timer: 0,
    me: null, session: null, status: null, type: null,
    lastSeq: 0, shown: new Map(), streams: new Map(),
    lastOther: null, readUpTo: 0, unread: new Set(), reported: -1,
    outbox: Array.isArray(store.get('outbox')) ? store.get('outbox') : [],
    pendingEls: new Map(),
    open: !embedded, typingSent: 0, typingTimer: 0, typers: new Map(),
    // Loaded closed (for the badge) with no conversation going on: wait
    // for the visitor to open the chat, since connecting starts a session.
    deferred: embedded && !store.get('live'),
    refs: new Map(), nextRef: 1, greeted: false,
  };

  const log = $('log'), input = $('input'), composer = $('composer');

  // ---- page set-up ----
  document.documentElement.lang = lang;
  const title = (params.get('title') || '').slice(0, 80) || T.title;
  $('title').textContent = title;
  document.title = title;
  const colour = params.get('colour');
  if (colour && window.CSS && CSS.supports('color', colour)) {
    document.documentElement.style.setProperty('--accent', colour);
  }
  $('send').textContent = T.send;
  $('person').textContent = T.person;
  $('end').textContent = T.end;
  $('again').textContent = T.again;
  $('earlier').textContent = T.earlier;
  $('leave-label').textContent = T.leaveLabel;
  $('leave-send').textContent = T.leaveSend;
  $('transcript').textContent = T.transcript;
  $('rate-q').textContent = T.rate;
  $('thanks').textContent = T.thanks;
  $('input-label').textContent = T.message;
  input.placeholder = T.placeholder;
  log.setAttribute('aria-label', title);
  const minimize = $('minimize');
  minimize.hidden = !embedded;
  minimize.setAttribute('aria-label', T.minimize);
  minimize.title = T.minimize;
  for (let n = 1; n <= 5; n++) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'star';
    b.textContent = '★';
    b.dataset.n = String(n);
    b.setAttribute('aria-label', fmt(T.star, { n }));
    $('stars').appendChild(b);
  }

  // ---- talking to the embedding page ----
  function toParent(msg) {
    if (embedded) window.parent.postMessage(Object.assign({ concierge: true }, msg), parentOrigin);
  }
  window.addEventListener('message', (e) => {
    if (e.source !== window.parent || e.origin !== parentOrigin || !e.data || !e.data.concierge) return;
    const m = e.data;
    if (m.type === 'open') {
      st.open = true;
      st.deferred = false;
      input.focus();
      reconnectNow();
      seen();
    } else if (m.type === 'close') {
      st.open = false;
    } else if (m.type === 'identify') {
      identify(m.token);
    }
  });

  // ---- connection ----
  function jwtExp(token) {
    try {
      const p = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      const exp = JSON.parse(atob(p)).exp;
      return typeof exp === 'number' ? exp * 1000 : Infinity;
    } catch (e) { return Infinity; }
  }

  async function guestToken() {
    const g = store.get('guest') || {};
    if (g.token && g.exp - Date.now() > 60000 && st.failures < 3) return g;
    const r = await fetch('/api/v1/guest', {
      method: 'POST', credentials: 'omit', headers: { 'content-type': 'application/json' },
      body: JSON.stringify(g.key ? { guestKey: g.key } : {}),
    });
    if (r.status === 422) store.del('guest');
    if (!r.ok) throw new Error('guest token: HTTP ' + r.status);
    const b = await r.json();
    const fresh = { key: b.guestKey, token: b.token, exp: Date.parse(b.expiresAt) };
    store.set('guest', fresh);
    return fresh;
  }

  async function connect() {
    clearTimeout(st.timer);
    st.timer = 0;
    if (st.ws || st.connecting || st.waitIdentify || st.status === 'closed') return;
    if (st.deferred && !st.open) return;
    st.connecting = true;
    let auth;
    try {
      if (st.auth && !st.auth.guest) {
        auth = st.auth;
      } else {
        const g = await guestToken();
        auth = st.auth = { token: g.token, exp: g.exp, guest: true };
      }
    } catch (e) {
      st.connecting = false;
      schedule();
      return;
    }
    st.connecting = false;
    if (st.ws || st.waitIdentify) return;
    let url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws';
    if (st.session && st.lastSeq) {
      url += '?lastSeq=' + st.lastSeq + '&sessionUuid=' + encodeURIComponent(st.session);
    }
    // The token travels as a subprotocol, never in the URL.
    const ws = new WebSocket(url, ['concierge.v1', 'bearer.' + auth.token]);
    st.ws = ws;
    st.sock++;
    ws.onmessage = (e) => { if (st.ws === ws) frame(e.data); };
    ws.onclose = () => {
      if (st.ws !== ws) return;
      st.ws = null;
      st.refs.clear();
      if (!st.live) st.failures++;
      st.live = false;
      showNet();
      if (!auth.guest && auth.exp < Date.now()) {
        // The shop's token ran out: ask the page for a new one.
        st.waitIdentify = true;
        toParent({ type: 'tokenexpired' });
        return;
      }
      schedule();
    };
  }

  function schedule() {
    if (st.timer || st.waitIdentify) return;
    const delay = Math.min(15000, 500 * 2 ** Math.min(st.retries, 5)) * (0.5 + Math.random() / 2);
    st.retries++;
    st.timer = setTimeout(() => { st.timer = 0; connect(); }, delay);
  }

  function reconnectNow() {
    if (st.ws || st.connecting) return;
    st.retries = 0;
    connect();
  }
  window.addEventListener('online', reconnectNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') { reconnectNow(); seen(); }
  });

  function request(event, data, done) {
    if (!st.ws || st.ws.readyState !== WebSocket.OPEN) return false;
    const f = { event, data };
    if (done) {
      f.ref = 'w' + st.nextRef++;
      st.refs.set(f.ref, done);
    }
    st.ws.send(JSON.stringify(f));
    return true;
  }

  function identify(token) {
    if (typeof token !== 'string' || !/^[\w-]+\.[\w-]+\.[\w-]*$/.test(token)) return;
    if (st.auth && st.auth.token === token) return;
    const wasGuest = !st.auth || st.auth.guest;
    st.auth = { token, exp: jwtExp(token), guest: false };
    st.waitIdentify = false;
    // A guest's conversation is not merged into the customer's (see
    // docs/widget.md): forget the guest on this browser and start over as
    // the customer.
    if (wasGuest) store.del('guest');
    const ws = st.ws;
    st.ws = null;
    st.live = false;
    if (ws) ws.close();
    if (st.session) reset();
    st.retries = 0;
    connect();
  }

  // ---- frames ----
  function frame(text) {
    let f;
    try { f = JSON.parse(text); } catch (e) { return; }
    const d = f.data || {};
    if (f.ref != null && st.refs.has(f.ref) && (f.event === 'ack' || f.event === 'error')) {
      const done = st.refs.get(f.ref);
      st.refs.delete(f.ref);
      done(f.event === 'error' ? d : null, f.event === 'ack' ? d : null);
      return;
    }
    switch (f.event) {
      case 'connected':
        st.me = d.userId;
        st.availability = d.availability || null;
        st.live = st.everLive = true;
        st.retries = st.failures = 0;
        showNet();
        adoptOutbox();
        break;
      case 'session_started':
        begin(d.sessionUuid, 'active', 'ai');
        flush();
        break;
      case 'chat_session_restored':
        begin(d.sessionUuid, d.status, d.sessionType);
        for (const m of d.history || []) add(m);
        earlier();
        if (d.status === 'waiting') queue(T.waiting);
        flush();
        break;
      case 'new_message':
      case 'ai_message':
        add(d);
        break;
      case 'ai_message_delta':
        delta(d);
        break;
      case 'user_typing':
        if (d.userId !== st.me) typing(d.userId, d.userName);
        break;
      case 'user_stop_typing':
        typing(d.userId, null);
        break;
      case 'message_read':
        if (d.readBy !== st.me) readByOther(d.messageId);
        break;
      case 'transfer_requested':
        st.status = 'waiting';
        queue(d.queuePosition > 0 ? fmt(T.queue, { n: d.queuePosition }) : T.waiting);
        controls();
        break;
      case 'queue_update':
        queue(fmt(T.queue, { n: d.queuePosition }));
        break;
      case 'transfer_accepted':
        st.status = 'active';
        st.type = 'human';
        agent(d.staffName);
        queue(null);
        controls();
        break;
      case 'transfer_failed':
        st.status = 'active';
        st.type = 'ai';
        queue(T.noStaff);
        controls();
        break;
      case 'session_closed':
        if (d.sessionUuid === st.session) closed();
        break;
      // Issue 17: nobody is there; offer to leave a message.
      case 'leave_message_prompt':
        if (d.sessionUuid !== st.session) break;
        $('leave-q').textContent = d.reason || '';
        $('leave-email').value = d.email || st.email || '';
        $('leave').hidden = false;
        break;
      case 'message_left':
        $('leave').hidden = true;
        queue(fmt(T.left, { email: d.email || '' }));
        break;
      case 'error':
        if (d.code !== 'rate_limited') notice(d.message);
        break;
      default:
        break;
    }
  }

  function begin(uuid, status, type) {
    if (st.session !== uuid) reset();
    st.session = uuid;
    st.status = status;
    st.type = type;
    store.set('live', status !== 'closed');
    controls();
  }

  function reset() {
    log.textContent = '';
    st.session = null;
    st.status = null;
    st.lastSeq = 0;
    st.shown.clear();
    st.streams.clear();
    st.pendingEls.clear();
    for (const o of st.outbox) pending(o);
    st.lastOther = null;
    st.readUpTo = 0;
    st.unread.clear();
    agent(null);
    queue(null);
    $('earlier').hidden = true;
    $('rating').hidden = true;
    composer.hidden = false;
    report();
  }

  const isMine = (m) => m.senderRole === 'customer' && m.senderId === st.me;

  // A reload restores the last lines; older ones come on request.
  function earlier() {
    const first = Math.min(...st.shown.keys());
    $('earlier').hidden = !(first > 1 && first !== Infinity);
  }
  $('earlier').addEventListener('click', () => {
    const before = Math.min(...st.shown.keys());
    request('get_history', { sessionUuid: st.session, beforeSeq: before, limit: 50 }, (err, page) => {
      if (err) { notice(err.message); return; }
      const keep = log.scrollHeight - log.scrollTop;
      for (const m of page.messages || []) add(m, true);
      log.scrollTop = log.scrollHeight - keep;
      earlier();
    });
  });

  function add(m, older) {
    if (!m || m.sessionUuid !== st.session || typeof m.seq !== 'number') return;
    if (m.streamId && st.streams.has(m.streamId)) {
      st.streams.get(m.streamId).remove();
      st.streams.delete(m.streamId);
    }
    if (m.clientMsgId) dropOutbox(m.clientMsgId, true);
    if (st.shown.has(m.seq)) return;
    const el = bubble(m.senderRole === 'system' ? 'system' : isMine(m) ? 'mine' : m.senderRole,
      m.senderRole === 'system' ? '' : isMine(m) ? T.you : m.senderRole === 'ai' ? T.assistant : m.senderName,
      m.content);
    el.dataset.seq = String(m.seq);
    el.dataset.id = String(m.messageId);
    let before = null;
    for (let c = log.lastElementChild; c; c = c.previousElementSibling) {
      if (c.dataset.seq && Number(c.dataset.seq) < m.seq) break;
      before = c;
    }
    log.insertBefore(el, before);
    st.shown.set(m.seq, el);
    st.lastSeq = Math.max(st.lastSeq, m.seq);
    if (!isMine(m)) {
      typing(m.senderId, null);
      if (!st.lastOther || m.seq > st.lastOther.seq) st.lastOther = { seq: m.seq, id: m.messageId };
      if (m.readAt) st.readUpTo = Math.max(st.readUpTo, m.seq);
      else if (m.seq > st.readUpTo) st.unread.add(m.seq);
      if (m.senderRole === 'staff') agent(m.senderName);
    } else if (m.readAt) {
      markRead(el);
    }
    if (m.senderRole === 'ai' && !st.greeted) {
      st.greeted = true;
      // Read by docs/benchmarks.md's measurement: page start to greeting.
      if (performance.mark) performance.mark('concierge:greeting');
    }
    if (!older) stick();
    seen();
  }

  function bubble(kind, who, text) {
    const el = document.createElement('div');
    el.className = 'msg ' + kind;
    if (who) {
      const w = document.createElement('span');
      w.className = 'who';
      w.textContent = who;
      el.appendChild(w);
    }
    const p = document.createElement('p');
    p.className = 'text';
    p.textContent = text;
    el.appendChild(p);
    const meta = document.createElement('span');
    meta.className = 'meta';
    el.appendChild(meta);
    return el;
  }

  function delta(d) {
    if (d.sessionUuid !== st.session) return;
    let el = st.streams.get(d.streamId);
    if (!el) {
      el = bubble('ai streaming', T.assistant, '');
      el.setAttribute('aria-hidden', 'true'); // the complete message is announced
      st.streams.set(d.streamId, el);
      log.appendChild(el);
    }
    el.querySelector('.text').textContent += d.delta;
    stick();
  }

  function stick() {
    log.scrollTop = log.scrollHeight;
  }

  function markRead(el) {
    el.classList.add('read');
    el.querySelector('.meta').textContent = T.read;
  }

  function readByOther(messageId) {
    for (const el of st.shown.values()) {
      if (el.classList.contains('mine') && Number(el.dataset.id) <= messageId) markRead(el);
    }
  }

  // Read receipts and the unread count: messages count as read only while
  // the chat is open and the tab visible.
  function seen() {
    const looking = st.open && document.visibilityState === 'visible';
    if (looking && st.live && st.session && st.lastOther && st.lastOther.seq > st.readUpTo) {
      if (request('mark_read', { sessionUuid: st.session, messageId: st.lastOther.id })) {
        st.readUpTo = st.lastOther.seq;
        st.unread.clear();
      }
    }
    if (looking) st.unread.clear();
    report();
  }

  function report() {
    if (st.unread.size !== st.reported) {
      st.reported = st.unread.size;
      toParent({ type: 'unread', count: st.unread.size });
    }
  }

  function typing(userId, name) {
    const old = st.typers.get(userId);
    if (old) clearTimeout(old.timer);
    st.typers.delete(userId);
    if (name) {
      // A mark that is not renewed stops by itself (as on the server).
      st.typers.set(userId, { name, timer: setTimeout(() => typing(userId, null), 7000) });
    }
    const first = st.typers.values().next().value;
    $('typing').textContent = first ? fmt(T.typing, { name: first.name }) : '';
  }

  function agent(name) {
    $('agent').textContent = name ? fmt(T.withAgent, { name }) : '';
  }

  function queue(text) {
    const q = $('queue');
    q.hidden = !text;
    q.textContent = text || '';
  }

  let noticeTimer = 0;
  function notice(text) {
    const n = $('net');
    n.hidden = false;
    n.textContent = text;
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(showNet, 6000);
  }

  function showNet() {
    const n = $('net');
    n.hidden = st.live || !st.everLive;
    n.textContent = n.hidden ? '' : T.reconnecting;
  }

  function controls() {
    const open = st.status !== 'closed';
    $('person').hidden = !open || st.type === 'human' || st.status === 'waiting';
    $('end').hidden = !open || !st.session;
    $('transcript').hidden = !open || !st.session;
  }

  // ---- the outbox ----
  function saveOutbox() {
    store.set('outbox', st.outbox.map(({ id, content, uid }) => ({ id, content, uid })));
  }

  function adoptOutbox() {
    // Lines typed by someone else on this browser (a guest who signed in)
    // are not sent as this user.
    const mine = (o) => !o.uid || o.uid === st.me;
    for (const o of st.outbox) {
      if (!mine(o) && st.pendingEls.has(o.id)) {
        st.pendingEls.get(o.id).remove();
        st.pendingEls.delete(o.id);
      }
    }
    st.outbox = st.outbox.filter(mine);
    for (const o of st.outbox) {
      o.uid = st.me;
      pending(o);
    }
    saveOutbox();
  }

  function pending(o) {
    if (st.pendingEls.has(o.id)) return;
    const el = bubble('mine pending', T.you, o.content);
    el.querySelector('.meta').textContent = T.sending;
    log.appendChild(el);
    st.pendingEls.set(o.id, el);
    stick();
  }

  function dropOutbox(id, shown) {
    const before = st.outbox.length;
    st.outbox = st.outbox.filter((o) => o.id !== id);
    if (st.outbox.length !== before) saveOutbox();
    const el = st.pendingEls.get(id);
    if (el && shown) {
      el.remove();
      st.pendingEls.delete(id);
    }
  }

  function flush() {
    for (const o of st.outbox) transmit(o);
  }

  function transmit(o) {
    if (!st.live || !st.session || st.status === 'closed' || o.sock === st.sock) return;
    const sent = request('send_message', { sessionUuid: st.session, content: o.content, clientMsgId: o.id },
      (err, ack) => {
        if (err) {
          o.sock = 0;
          if (err.code === 'rate_limited') {
            setTimeout(() => transmit(o), err.retryAfterMs || 1000);
          } else if (err.code !== 'unavailable') {
            const el = st.pendingEls.get(o.id);
            if (el) {
              el.classList.add('failed');
              el.querySelector('.meta').textContent = fmt(T.failed, { reason: err.message });
              st.pendingEls.delete(o.id);
            }
            dropOutbox(o.id, false);
          } else {
            setTimeout(() => transmit(o), 1000);
          }
          return;
        }
        // Stored: it no longer needs sending. The bubble stays until the
        // message itself arrives with its seq (new_message, or the
        // history of the next resume).
        dropOutbox(o.id, st.shown.has(ack.seq));
      });
    if (sent) o.sock = st.sock;
  }

  function submit() {
    const text = input.value.replace(/^\s+|\s+$/g, '');
    if (!text || st.status === 'closed') return;
    input.value = '';
    grow();
    clearTimeout(st.typingTimer);
    st.typingSent = 0; // sending a message stops the typing mark
    const o = { id: 'w' + Date.now().toString(36) + Math.random().toString(36).slice(2, 10), content: text, uid: st.me };
    st.outbox.push(o);
    saveOutbox();
    pending(o);
    transmit(o);
    if (!st.ws) reconnectNow();
  }

  // ---- the composer ----
  function grow() {
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight + 2, 120) + 'px';
    input.style.overflowY = input.scrollHeight > 120 ? 'auto' : 'hidden';
  }
  composer.addEventListener('submit', (e) => { e.preventDefault(); submit(); });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      submit();
    }
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && embedded) toParent({ type: 'close' });
  });
  input.addEventListener('input', () => {
    grow();
    if (!st.live || !st.session) return;
    const now = Date.now();
    if (now - st.typingSent > 3000) {
      st.typingSent = now;
      request('typing_start', { sessionUuid: st.session });
    }
    clearTimeout(st.typingTimer);
    st.typingTimer = setTimeout(() => {
      if (st.typingSent) request('typing_stop', { sessionUuid: st.session });
      st.typingSent = 0;
    }, 2500);
  });
  minimize.addEventListener('click', () => toParent({ type: 'close' }));
  $('person').addEventListener('click', () => {
    request('request_staff', { sessionUuid: st.session }, (err, ack) => {
      if (err) notice(err.message);
      else if (ack.queuePosition > 0) queue(fmt(T.queue, { n: ack.queuePosition }));
    });
  });
  // Issue 17: leave a message, and the transcript by email.
  $('leave').addEventListener('submit', (e) => {
    e.preventDefault();
    const email = $('leave-email').value.trim();
    request('leave_message', { sessionUuid: st.session, email: email || undefined }, (err) => {
      if (err) { notice(err.message); return; }
      st.email = email;
    });
  });
  $('transcript').addEventListener('click', () => {
    const email = st.email || window.prompt(T.askEmail, '');
    if (email === null) return;
    request('email_transcript', { sessionUuid: st.session, email: email.trim() || undefined }, (err) => {
      if (err) { notice(err.message); return; }
      st.email = email.trim() || st.email;
      notice(T.transcriptSent);
    });
  });
  $('end').addEventListener('click', () => {
    request('close_session', { sessionUuid: st.session }, (err) => { if (err) notice(err.message); });
  });

  // ---- closing and rating ----
  function closed() {
    st.status = 'closed';
    store.del('live');
    queue(null);
    for (const id of [...st.typers.keys()]) typing(id, null);
    composer.hidden = true;
    $('rating').hidden = false;
    $('stars').hidden = false;
    $('thanks').hidden = true;
    controls();
    stick();
    const first = $('stars').firstElementChild;
    if (first) first.focus();
  }
  $('stars').addEventListener('click', (e) => {
    const n = Number(e.target.dataset && e.target.dataset.n);
    if (!n) return;
    request('rate_session', { sessionUuid: st.session, rating: n }, (err) => {
      if (err) { notice(err.message); return; }
      $('stars').hidden = true;
      $('thanks').hidden = false;
      $('again').focus();
    });
  });
  $('again').addEventListener('click', () => {
    const ws = st.ws;
    st.ws = null;
    st.live = false;
    if (ws) ws.close();
    reset();
    st.retries = 0;
    connect().then(() => input.focus());
  });

  controls();
  grow();
  toParent({ type: 'ready' });
  connect();
})();
