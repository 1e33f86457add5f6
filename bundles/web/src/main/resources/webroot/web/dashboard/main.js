// The leaders' dashboard (/dashboard/): every figure comes from GET /api/v1/dashboard, which computes it;
// the page only draws (Apache ECharts). #/big is the 1920×1080 big-screen mode that refreshes itself.
import { api as apiCall } from '/web/common/api.js';
import { t, lang } from '/web/common/i18n.js';
import { h, mountApp } from '/web/common/ui.js';

const api = (method, path) => apiCall(method, '/' + path);

const COUNTIES = ['330302', '330303', '330304', '330305', '330324', '330326', '330327', '330328', '330329', '330381', '330382', '330383'];
const STAGES = ['ACCEPT', 'OFFER', 'HANDLE', 'RESOLVE', 'CORRECT'];
const REFRESH_SECONDS = 60;
const PALETTE = ['#1a5fb4', '#26a269', '#e5a50a', '#c64600', '#613583', '#1c71d8', '#2ec27e', '#f5c211', '#e66100', '#9141ac', '#63452c', '#3d3846'];

const charts = [];
let timer = null;

function label(prefix, v) {
  const k = prefix + '.' + v;
  const s = t(k);
  return s === k ? String(v) : s;
}
const pct = (v) => v === null || v === undefined ? '—' : (Math.round(v * 1000) / 10) + '%';
const num = (v) => v === null || v === undefined ? '—' : String(v);

function fill(el, ...children) {
  el.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false && c !== ''));
  return el;
}

function card(key, value, sub, kind) {
  return h('div', { class: 'db-kpi' + (kind ? ' ' + kind : ''), 'data-kpi': key }, h('div', { class: 'db-kpi-label' }, t('kpi.' + key)),
    h('div', { class: 'db-kpi-value' }, value), sub ? h('div', { class: 'db-kpi-sub' }, sub) : '');
}

function panel(key, cls) {
  const body = h('div', { class: 'db-chart', 'data-chart': key });
  return { el: h('section', { class: 'db-panel ' + (cls || '') }, h('h2', {}, t('chart.' + key)), body), body };
}

function draw(body, option, big) {
  const chart = echarts.init(body, big ? 'dark' : null, { renderer: 'canvas' });
  chart.setOption({ color: PALETTE, backgroundColor: 'transparent', textStyle: { fontFamily: 'inherit' }, ...option });
  charts.push(chart);
  return chart;
}

/** Grades keep their colour whatever else is counted: green for satisfied down to red. */
const GRADE_COLOURS = { VERY_SATISFIED: '#26a269', SATISFIED: '#57c27a', BASICALLY_SATISFIED: '#e5a50a', DISSATISFIED: '#e66100', VERY_DISSATISFIED: '#c01c28' };

function pie(map, prefix) {
  const data = Object.entries(map || {}).map(([k, v]) => ({ name: label(prefix, k), value: v,
    itemStyle: prefix === 'grade' && GRADE_COLOURS[k] ? { color: GRADE_COLOURS[k] } : undefined }));
  return { tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' }, legend: { bottom: 0, type: 'scroll' },
    series: [{ type: 'pie', radius: ['32%', '58%'], center: ['50%', '45%'], data, label: { formatter: '{b}\n{c}', overflow: 'none' } }] };
}

function bars(map, prefix, horizontal) {
  const keys = Object.keys(map || {});
  const cat = { type: 'category', data: keys.map((k) => label(prefix, k)), axisLabel: { interval: 0, rotate: horizontal ? 0 : 30 } };
  const val = { type: 'value', minInterval: 1 };
  return { tooltip: { trigger: 'axis' }, grid: { left: horizontal ? 90 : 40, right: 20, top: 20, bottom: horizontal ? 30 : 60 },
    xAxis: horizontal ? val : cat, yAxis: horizontal ? cat : val,
    series: [{ type: 'bar', data: keys.map((k) => map[k]), label: { show: true, position: horizontal ? 'right' : 'top' }, barMaxWidth: 36 }] };
}

function table(columns, rows) {
  return h('table', { class: 'db-table' }, h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', {}, c[0])))),
    h('tbody', {}, ...(rows.length ? rows.map((r) => h('tr', {}, ...columns.map((c) => h('td', {}, String(c[1](r) ?? '—'))))) : [h('tr', {}, h('td', { colspan: String(columns.length) }, t('db.empty')))])));
}

function query(filters) {
  const q = [];
  if (filters.county) q.push('county=' + filters.county);
  if (filters.from) q.push('from=' + filters.from);
  if (filters.to) q.push('to=' + filters.to);
  return 'dashboard' + (q.length ? '?' + q.join('&') : '');
}

function filterForm(filters, onApply) {
  const county = h('select', { name: 'county', id: 'db-county' }, h('option', { value: '' }, t('filter.allCounties')),
    ...COUNTIES.map((c) => h('option', { value: c }, label('county', c))));
  county.value = filters.county || '';
  const from = h('input', { type: 'date', name: 'from', id: 'db-from' });
  from.value = filters.from || '';
  const to = h('input', { type: 'date', name: 'to', id: 'db-to' });
  to.value = filters.to || '';
  const errors = { county: h('span', { class: 'db-field-error', 'data-field': 'county' }), from: h('span', { class: 'db-field-error', 'data-field': 'from' }),
    to: h('span', { class: 'db-field-error', 'data-field': 'to' }) };
  const general = h('span', { class: 'db-error', role: 'alert' });
  const f = h('form', { class: 'db-filters' },
    h('label', { for: 'db-county' }, t('filter.county')), county, errors.county,
    h('label', { for: 'db-from' }, t('filter.from')), from, errors.from,
    h('label', { for: 'db-to' }, t('filter.to')), to, errors.to,
    h('button', { type: 'submit', class: 'primary' }, t('filter.apply')), general);
  f.addEventListener('submit', (e) => {
    e.preventDefault();
    onApply({ county: county.value, from: from.value, to: to.value });
  });
  f.showProblem = (err) => {
    Object.values(errors).forEach((x) => { x.textContent = ''; });
    const p = err && err.problem;
    const en = lang() === 'en';
    general.textContent = p ? (en ? p.titleEn || p.title : p.title) : String(err);
    for (const v of (p && p.errors) || []) {
      if (errors[v.field]) errors[v.field].textContent = en ? v.messageEn : v.message;
    }
  };
  f.clear = () => { Object.values(errors).forEach((x) => { x.textContent = ''; }); general.textContent = ''; };
  return f;
}

function thisYear() {
  const y = new Date().getFullYear();
  return { county: '', from: y + '-01-01', to: y + '-12-31' };
}

function readFilters() {
  const p = new URLSearchParams(location.hash.split('?')[1] || '');
  const d = thisYear();
  return { county: p.get('county') ?? d.county, from: p.get('from') ?? d.from, to: p.get('to') ?? d.to };
}

function writeFilters(big, f) {
  const q = new URLSearchParams();
  Object.entries(f).forEach(([k, v]) => q.set(k, v || ''));
  location.hash = (big ? '#/big' : '#/') + '?' + q.toString();
}

async function render(el, big) {
  charts.splice(0).forEach((c) => c.dispose());
  if (timer) { clearInterval(timer); timer = null; }
  document.body.classList.toggle('db-big', big);
  const filters = readFilters();
  const form = filterForm(filters, (f) => writeFilters(big, f));
  const stamp = h('span', { class: 'db-stamp' });
  const toggle = h('a', { class: 'db-mode', href: (big ? '#/' : '#/big') + '?' + (location.hash.split('?')[1] || '') }, big ? t('mode.normal') : t('mode.big'));
  const grid = h('div', { class: 'db-grid' });
  fill(el, h('div', { class: 'db-head' }, big ? h('h1', { class: 'db-title' }, t('app.bigTitle')) : h('h1', {}, t('app.title')), form, stamp, toggle), grid);

  const load = async () => {
    let d;
    try {
      d = await api('GET', query(filters));
      form.clear();
    } catch (e) {
      form.showProblem(e);
      return;
    }
    charts.splice(0).forEach((c) => c.dispose());
    const f = d.tickets;
    const resolve = (f.stages || []).find((s) => s.stage === 'RESOLVE') || {};
    stamp.textContent = t('stamp', new Date(d.measuredAt).toLocaleString(lang() === 'en' ? 'en-GB' : 'zh-CN')) + (big ? ' · ' + t('stamp.refresh', REFRESH_SECONDS) : '');
    const kpis = h('div', { class: 'db-kpis' },
      card('total', num(f.total)), card('acceptance', pct(f.acceptance.rate), t('kpi.acceptanceSub', f.acceptance.accepted, f.acceptance.rejected)),
      card('onTime', pct(resolve.onTimeRate), t('kpi.onTimeSub', resolve.onTime || 0, resolve.passed || 0)),
      card('evaluations', num(f.evaluations)),
      card('corrections', pct(f.corrections.rate), t('kpi.correctionsSub', f.corrections.corrected, f.corrections.needed)),
      card('overdue', num(f.overdue), null, f.overdue ? 'warn' : ''), card('problems', num(f.problems), null, f.problems ? 'danger' : ''));
    const p = {
      month: panel('month', 'wide'), channel: panel('channel'), kind: panel('kind'), county: panel('county', 'wide'), stages: panel('stages'),
      grades: panel('grades'), funnel: panel('funnel'),
    };
    const scorecards = h('section', { class: 'db-panel wide db-scorecards' }, h('h2', {}, t('chart.scorecards')),
      table([[t('col.name'), (r) => r.name], [t('col.kind'), (r) => label('assignee', r.kind)], [t('col.tickets'), (r) => r.tickets],
        [t('col.completionRate'), (r) => pct(r.record.completionRate)], [t('col.onTimeRate'), (r) => pct(r.record.onTimeRate)],
        [t('col.meanSatisfaction'), (r) => r.record.meanSatisfaction == null ? '—' : r.record.meanSatisfaction.toFixed(2)],
        [t('col.complaints'), (r) => r.record.complaints]], d.scorecards || []));
    const attention = h('section', { class: 'db-panel db-attention' }, h('h2', {}, t('chart.attention')),
      table([['#', (r) => r.id], [t('col.title'), (r) => r.title], [t('col.status'), (r) => label('status', r.status)],
        [t('col.flag'), (r) => [r.overdue ? t('flag.overdue') : '', r.problem ? t('flag.problem') : ''].filter((x) => x).join('、')]], f.attention || []));
    fill(grid, kpis, p.month.el, p.channel.el, p.kind.el, p.county.el, p.stages.el, p.grades.el, p.funnel.el, scorecards, attention);

    const months = Object.keys(f.byMonth || {});
    draw(p.month.body, { tooltip: { trigger: 'axis' }, grid: { left: 40, right: 20, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: months }, yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: t('kpi.total'), data: months.map((m) => f.byMonth[m]), barMaxWidth: 36, label: { show: true, position: 'top' } }] }, big);
    draw(p.channel.body, pie(f.byChannel, 'channel'), big);
    draw(p.kind.body, pie(f.byKind, 'kind'), big);
    draw(p.county.body, bars(f.byCounty, 'county', false), big);
    const stages = (f.stages || []).filter((s) => STAGES.includes(s.stage));
    draw(p.stages.body, { tooltip: { trigger: 'axis', formatter: (items) => items.map((i) => i.name + '：' + pct(i.value)).join('<br>') },
      grid: { left: 70, right: 80, top: 20, bottom: 30 }, xAxis: { type: 'value', max: 1, splitNumber: 2, axisLabel: { formatter: (v) => Math.round(v * 100) + '%' } },
      yAxis: { type: 'category', data: stages.map((s) => label('stage', s.stage)) },
      series: [{ type: 'bar', data: stages.map((s) => s.onTimeRate), barMaxWidth: 26,
        label: { show: true, position: 'right', formatter: (x) => pct(x.value) + ' (' + stages[x.dataIndex].onTime + '/' + stages[x.dataIndex].passed + ')' } }] }, big);
    draw(p.grades.body, pie(f.grades, 'grade'), big);
    const funnel = d.funnel || [];
    if (funnel.length) {
      draw(p.funnel.body, { tooltip: { trigger: 'item', formatter: '{b}: {c}' },
        series: [{ type: 'funnel', left: '10%', width: '80%', top: 10, bottom: 10, sort: 'none', minSize: '20%',
          label: { position: 'inside', formatter: '{b}\n{c}' },
          data: funnel.map((s) => ({ name: lang() === 'en' ? s.nameEn : s.nameZh, value: s.value ?? 0 })) }] }, big);
    } else {
      fill(p.funnel.body, h('p', { class: 'db-none' }, t('chart.funnelNone')));
    }
  };
  await load();
  if (big) {
    timer = setInterval(load, REFRESH_SECONDS * 1000);
  }
}

window.addEventListener('resize', () => charts.forEach((c) => c.resize()));

mountApp({
  area: 'dashboard',
  titleKey: 'app.title',
  bundles: ['dashboard'],
  requireSignIn: true,
  roles: ['ADMIN', 'STAFF', 'AUDITOR'],
  routes: [
    { path: '/', render: async (el) => render(el, false) },
    { path: '/big', render: async (el) => render(el, true) },
  ],
});
