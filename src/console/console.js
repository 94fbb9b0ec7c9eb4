// The mock console: a plain script served by the mock (GET /__mock/console/console.js), no
// framework and nothing from another host. It reads the control API of every mock of the process
// (GET /__mock/mocks), follows each journal as server-sent events (GET /__mock/requests/stream),
// refreshes clocks and state every few seconds, and drives clocks, faults, scenarios and reset.
// Every value from a request is written with textContent, never as HTML.
'use strict';

(() => {
  const STATE_MS = 3000;
  const KEEP = 1000;
  const $ = (id) => document.getElementById(id);
  const ui = { mocks: [], self: '', entries: [], seen: new Map(), selected: null };

  /** A control API call; rejects with the control API's message and details on a 4xx/5xx. */
  async function control(mock, path, init) {
    const res = await fetch(`${mock.origin}/__mock/${path}`, init);
    const body = await res.json().catch(() => ({ error: `HTTP ${res.status}` }));
    if (!res.ok) throw new Error([body.error, ...(body.details || [])].join('\n'));
    return body;
  }
  const send = (method, body) => ({ method, headers: body === undefined ? {} : { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === 'text') node.textContent = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children) if (child != null) node.append(child);
    return node;
  }

  function say(message, isError) {
    const status = $('status');
    status.textContent = message;
    status.className = isError ? 'error' : '';
  }
  const guarded = (work) => async (...args) => {
    try {
      await work(...args);
    } catch (error) {
      say(error.message, true);
    }
  };

  // ---- mocks: clock, faults, state -------------------------------------------------------------

  async function loadMocks() {
    const here = { origin: location.origin };
    const listed = await control(here, 'mocks');
    ui.self = listed.self;
    ui.mocks = listed.mocks.map((m) => ({ api: m.api, origin: m.origin || location.origin, url: m.url }));
    for (const mock of ui.mocks) ui.seen.set(mock.api, 0);
    renderCards();
  }

  function renderCards() {
    const section = $('mocks');
    section.replaceChildren(el('h2', { text: 'Mocks' }));
    for (const mock of ui.mocks) {
      const card = el('div', { class: 'card', 'data-api': mock.api });
      const latency = el('input', { type: 'number', min: '0', max: '60000', step: '50', 'aria-label': `${mock.api} latency (ms)` });
      const errorRate = el('input', { type: 'number', min: '0', max: '1', step: '0.05', 'aria-label': `${mock.api} error rate` });
      const setAt = el('input', { type: 'datetime-local', step: '1', 'aria-label': `${mock.api} clock` });
      const advance = el('input', { type: 'number', min: '0', value: '60', 'aria-label': `${mock.api} seconds to advance` });
      const clock = el('span', { class: 'clock', 'data-testid': `clock-${mock.api}` });
      const tables = el('ul', { class: 'tables', 'data-testid': `tables-${mock.api}` });
      const setClock = guarded(async (command) => {
        const reading = await control(mock, 'clock', send('POST', command));
        showClock(clock, reading);
        say(`${mock.api}: clock ${reading.frozen ? 'frozen at' : 'at'} ${new Date(reading.now * 1000).toISOString()}`);
      });
      card.append(
        el('h3', { text: mock.api }),
        el('div', { class: 'row' }, el('a', { href: mock.url || mock.origin, text: mock.url || mock.origin })),
        el('div', { class: 'row' }, 'Clock ', clock),
        el(
          'div',
          { class: 'row' },
          el('button', { type: 'button', text: 'Freeze', onclick: () => control(mock, 'clock').then((r) => setClock({ now: Math.floor(r.now) })) }),
          setAt,
          el('button', { type: 'button', text: 'Set', onclick: () => setAt.value && setClock({ now: Math.floor(Date.parse(`${setAt.value}Z`) / 1000) }) }),
          advance,
          el('button', { type: 'button', text: 'Advance s', onclick: () => setClock({ advance: Number(advance.value) }) }),
        ),
        el(
          'div',
          { class: 'row' },
          'Latency ms ',
          latency,
          ' error rate ',
          errorRate,
          el(
            'button',
            {
              type: 'button',
              text: 'Apply faults',
              onclick: guarded(async () => {
                const faults = await control(mock, 'faults', send('PUT', { latencyMs: Number(latency.value || 0), errorRate: Number(errorRate.value || 0) }));
                say(`${mock.api}: latency ${faults.latencyMs} ms, error rate ${faults.errorRate}`);
              }),
            },
          ),
        ),
        el('div', { class: 'row' }, 'State '),
        tables,
      );
      section.append(card);
      mock.view = { clock, tables, latency, errorRate };
    }
  }

  function showClock(node, reading) {
    node.textContent = `${new Date(reading.now * 1000).toISOString().replace('.000Z', 'Z')}${reading.frozen ? ' (frozen)' : ' (real time)'}`;
  }

  async function refreshMock(mock, withFaults) {
    const [clock, state] = await Promise.all([control(mock, 'clock'), control(mock, 'state')]);
    showClock(mock.view.clock, clock);
    mock.view.tables.replaceChildren(
      ...state.tables.map((t) => el('li', {}, el('button', { type: 'button', 'data-table': t.name, text: `${t.name} ${t.rows}`, onclick: guarded(() => showTable(mock, t.name)) }))),
    );
    if (withFaults) {
      const faults = await control(mock, 'faults');
      mock.view.latency.value = String(faults.latencyMs);
      mock.view.errorRate.value = String(faults.errorRate);
    }
    return state.scenario;
  }

  async function showTable(mock, table) {
    const page = await control(mock, `state/${encodeURIComponent(table)}?limit=50`);
    ui.selected = null;
    markSelected();
    $('detail').replaceChildren(
      el('h2', { text: `${mock.api}: ${table}` }),
      el('p', { class: 'hint', text: `${page.rows.length} of ${page.total} rows` }),
      el('pre', { text: JSON.stringify(page.rows, null, 2) }),
    );
  }

  // ---- scenarios and reset -----------------------------------------------------------------------

  async function loadScenarios() {
    const self = ui.mocks.find((m) => m.api === ui.self) || ui.mocks[0];
    const list = await control(self, 'scenarios');
    $('scenario').replaceChildren(...list.scenarios.map((s) => el('option', { value: s.name, title: s.description, text: s.name })));
    $('scenario').value = list.active;
    ui.activeScenario = list.active;
  }

  async function switchScenario() {
    const self = ui.mocks.find((m) => m.api === ui.self) || ui.mocks[0];
    const name = $('scenario').value;
    const result = await control(self, `scenarios/${encodeURIComponent(name)}`, send('POST'));
    say(`Scenario "${result.active}" is running. ${result.scenario.description}`);
    await refreshAll(true);
  }

  async function resetAll() {
    await Promise.all(ui.mocks.map((mock) => control(mock, 'reset', send('POST'))));
    say('Every mock is back to its data and the real-time clock.');
    await refreshAll(true);
  }

  async function refreshAll(withFaults) {
    const scenarios = await Promise.all(ui.mocks.map((mock) => refreshMock(mock, withFaults)));
    // Only a change of the running scenario moves the list: a choice not yet switched to stays.
    if (scenarios[0] && scenarios[0] !== ui.activeScenario) {
      ui.activeScenario = scenarios[0];
      $('scenario').value = scenarios[0];
    }
  }

  // ---- the journal ---------------------------------------------------------------------------------

  /**
   * Each mock's journal as server-sent events (GET /__mock/requests/stream?after=0: every kept
   * entry, then each new one as it happens). EventSource reconnects by itself; entries already seen
   * are skipped, since a reconnection replays from the start of the URL's `after`.
   */
  function followJournals() {
    for (const mock of ui.mocks) {
      const source = new EventSource(`${mock.origin}/__mock/requests/stream?after=0`);
      source.addEventListener('request', (message) => {
        const entry = JSON.parse(message.data);
        if (entry.id <= ui.seen.get(mock.api)) return;
        ui.seen.set(mock.api, entry.id);
        ui.entries.push({ ...entry, api: mock.api, key: `${mock.api}#${entry.id}` });
        if (ui.entries.length > KEEP * ui.mocks.length) ui.entries.shift();
        scheduleRender();
      });
      source.addEventListener('cleared', () => {
        ui.entries = ui.entries.filter((e) => e.api !== mock.api);
        scheduleRender();
      });
    }
  }

  /** One render per frame however many events arrive. */
  let renderQueued = false;
  function scheduleRender() {
    if (renderQueued || !$('live').checked) return;
    renderQueued = true;
    requestAnimationFrame(() => {
      renderQueued = false;
      ui.entries.sort((a, b) => a.time.localeCompare(b.time) || a.id - b.id);
      renderJournal();
    });
  }

  function matches(entry) {
    const path = $('filter-path').value.trim();
    const status = $('filter-status').value.trim().toLowerCase();
    if (path && !entry.path.includes(path)) return false;
    if (!status) return true;
    if (/^[1-5]xx$/.test(status)) return String(entry.status)[0] === status[0];
    return String(entry.status) === status;
  }

  function renderJournal() {
    const shown = ui.entries.filter(matches);
    $('journal-count').textContent = `${shown.length} shown, ${ui.entries.length} kept`;
    const rows = shown
      .slice()
      .reverse()
      .map((entry) =>
        el(
          'tr',
          { 'data-key': entry.key, 'data-testid': 'journal-row', onclick: () => select(entry) },
          el('td', { text: String(entry.id) }),
          el('td', { text: entry.time.slice(11, 23) }),
          el('td', { text: entry.api }),
          el('td', { text: entry.method }),
          el('td', { class: 'path', text: entry.query ? `${entry.path}?${entry.query}` : entry.path }),
          el('td', { text: String(entry.status) }),
          el('td', { text: String(entry.durationMs) }),
          el('td', { class: `v-${entry.verdict.kind}`, text: entry.verdict.kind, title: entry.verdict.reason }),
        ),
      );
    $('journal').tBodies[0].replaceChildren(...rows);
    markSelected();
  }

  function markSelected() {
    for (const row of $('journal').tBodies[0].rows) row.classList.toggle('selected', row.dataset.key === ui.selected);
  }

  const pretty = (body) => {
    if (!body) return '(none)';
    if (body.truncated) return `${body.text}\n… (cut at 16 KiB)`;
    try {
      return JSON.stringify(JSON.parse(body.text), null, 2);
    } catch {
      return body.text;
    }
  };
  const headerText = (headers) => Object.entries(headers).map(([name, value]) => `${name}: ${value}`).join('\n') || '(none)';
  const list = (items) => (items.length ? el('ul', {}, ...items.map((item) => el('li', { text: item }))) : el('span', { class: 'hint', text: 'none' }));

  function select(entry) {
    ui.selected = entry.key;
    markSelected();
    const facts = [
      ['verdict', el('span', { class: `v-${entry.verdict.kind}`, 'data-testid': 'verdict', text: `${entry.verdict.kind}: ${entry.verdict.reason}` })],
      ['API', entry.api],
      ['operation', entry.operationId || '(none: no route)'],
      ['time', `${entry.time}, ${entry.durationMs} ms`],
      ['request problems', list(entry.requestProblems)],
      ['answer problems', list(entry.responseProblems)],
      ['warnings', entry.warnings || 'none'],
      ['Prefer', entry.prefer ? `${entry.prefer.header}: ${entry.prefer.outcome}${entry.prefer.reason ? ` (${entry.prefer.reason})` : ''}` : 'none'],
      ['faults', entry.faults.length ? entry.faults.join(', ') : 'none'],
      ...(entry.messagesKept ? [] : [['messages', 'no longer kept (the journal keeps the newest 1 MiB of headers and bodies; a repeated read\'s answer once for its entries)']]),
    ];
    $('detail').replaceChildren(
      el('h2', { text: `${entry.method} ${entry.path}${entry.query ? `?${entry.query}` : ''} → ${entry.status}` }),
      el('dl', {}, ...facts.flatMap(([term, value]) => [el('dt', { text: term }), el('dd', {}, value)])),
      el('h3', { text: 'Request' }),
      el('pre', { text: headerText(entry.request.headers) }),
      el('pre', { 'data-testid': 'request-body', text: pretty(entry.request.body) }),
      el('h3', { text: 'Answer' }),
      el('pre', { text: headerText(entry.response.headers) }),
      el('pre', { 'data-testid': 'response-body', text: pretty(entry.response.body) }),
    );
  }

  async function clearJournals() {
    await Promise.all(ui.mocks.map((mock) => control(mock, 'requests', send('DELETE'))));
    ui.entries = [];
    ui.selected = null;
    renderJournal();
    say('Journals cleared.');
  }

  // ---- start ---------------------------------------------------------------------------------------

  async function start() {
    await loadMocks();
    await loadScenarios();
    await refreshAll(true);
    $('switch-scenario').addEventListener('click', guarded(switchScenario));
    $('reset').addEventListener('click', guarded(resetAll));
    $('clear-journal').addEventListener('click', guarded(clearJournals));
    $('filter-path').addEventListener('input', renderJournal);
    $('filter-status').addEventListener('input', renderJournal);
    $('live').addEventListener('change', scheduleRender);
    followJournals();
    document.body.dataset.ready = 'true';
    setInterval(() => refreshAll(false).catch((error) => say(`state: ${error.message}`, true)), STATE_MS);
  }

  start().catch((error) => say(`The console could not start: ${error.message}`, true));
})();
