// The policy line's portal pages (web SPI): one module for its three menu entries, chosen by ctx.entry.id.
// Everything shown comes from the line's REST API under /api/v1/lines/policy, which checks that an
// enterprise user sees only its own enterprise.
import { notice, problemText, badge, loading, replace, add } from '/web/common/ui.js';
import { pick, formatDate } from '/web/common/i18n.js';
import { idempotencyKey } from '/web/common/api.js';

const BASE = '/lines/policy';

export async function render(el, ctx) {
  const eid = ctx.user.enterpriseId;
  if (!eid) {
    add(el, notice('warning', ctx.t('policy.noEnterprise')));
    return;
  }
  if (ctx.entry.id === 'diagnosis') {
    return diagnosis(el, ctx, eid);
  }
  if (ctx.entry.id === 'applications') {
    return applications(el, ctx);
  }
  return matches(el, ctx, eid);
}

async function policiesById(ctx) {
  const page = await ctx.api('GET', BASE + '/policies?size=200');
  return new Map((page.items || []).map((p) => [p.id, p]));
}

function verdictBadge(ctx, verdict) {
  const kind = verdict === 'ELIGIBLE' ? 'good' : verdict === 'UNKNOWN' ? 'warn' : 'bad';
  return badge(ctx.t('policy.verdict.' + verdict), kind);
}

function conditionsTable(ctx, conditions) {
  const { h, t } = ctx;
  return h('div', { class: 'table-wrap' }, h('table', { class: 'data conditions' },
    h('thead', null, h('tr', null, h('th', null, t('policy.condition')), h('th', null, t('policy.result')),
      h('th', null, t('policy.explanation')))),
    h('tbody', null, conditions.map((c) => h('tr', { dataset: { code: c.code } },
      h('td', null, t('policy.cond.' + c.code)),
      h('td', null, verdictBadge(ctx, c.verdict)),
      h('td', null, pick(c.explanationZh, c.explanationEn)))))));
}

function modeText(ctx, mode) {
  return ctx.t('policy.mode.' + mode);
}

async function matches(el, ctx, eid) {
  const { h, t, api } = ctx;
  add(el, h('h1', null, t('policy.matches.title')), h('p', { class: 'hint' }, t('policy.matches.intro')));
  const body = h('div', null, loading());
  add(el, body);
  const [results, near, byId] = await Promise.all([
    api('GET', BASE + '/enterprises/' + eid + '/policies'),
    api('GET', BASE + '/enterprises/' + eid + '/near-misses?limit=10'),
    policiesById(ctx)]);
  const list = h('ul', { class: 'list policy-matches' });
  for (const m of results) {
    const p = byId.get(m.policyId) || { title: '#' + m.policyId };
    const action = h('div', { class: 'actions' });
    const status = h('div');
    if (m.verdict === 'ELIGIBLE' && p.handlingMode === 'ONLINE_APPLICATION') {
      action.append(h('button', { type: 'button', class: 'primary apply', onclick: (e) => act(ctx, e.target, status,
        () => api('POST', BASE + '/applications', { policyId: m.policyId }, { 'Idempotency-Key': idempotencyKey() }),
        'policy.applied') }, t('policy.apply')));
    } else if (m.verdict === 'ELIGIBLE' && p.handlingMode === 'EXEMPT') {
      action.append(h('button', { type: 'button', class: 'primary confirm', onclick: (e) => act(ctx, e.target, status,
        () => api('POST', BASE + '/applications/confirmations', { policyId: m.policyId }), 'policy.confirmed') },
      t('policy.confirm')));
    } else if (p.handlingMode === 'HAND_OFF') {
      action.append(h('p', { class: 'meta' }, t('policy.handOffAt', p.handOffSystem || '')));
    }
    list.append(h('li', { dataset: { policy: m.policyId } },
      h('div', { class: 'row-title' }, p.title, ' ', verdictBadge(ctx, m.verdict)),
      h('p', { class: 'meta' }, [p.issuer, p.documentNumber, p.handlingMode ? modeText(ctx, p.handlingMode) : null]
        .filter(Boolean).join(' · ')),
      p.benefit ? h('p', null, t('policy.benefit'), '：', p.benefit) : null,
      h('details', null, h('summary', null, t('policy.why')), conditionsTable(ctx, m.conditions)),
      action, status));
  }
  const nearList = h('ul', { class: 'list policy-near-misses' }, near.map((m) => {
    const p = byId.get(m.policyId) || { title: '#' + m.policyId };
    const failing = m.conditions.filter((c) => c.verdict === 'NOT_ELIGIBLE');
    return h('li', { dataset: { policy: m.policyId } },
      h('div', { class: 'row-title' }, p.title),
      failing.map((c) => h('p', { class: 'missing' }, t('policy.missing'), '：', pick(c.explanationZh, c.explanationEn))),
      h('details', null, h('summary', null, t('policy.why')), conditionsTable(ctx, m.conditions)));
  }));
  replace(body,
    h('h2', null, t('policy.matches.eligible', results.length)),
    results.length ? list : notice('info', t('policy.matches.none')),
    h('h2', null, t('policy.near.title')),
    h('p', { class: 'hint' }, t('policy.near.intro')),
    near.length ? nearList : notice('info', t('policy.near.none')));
}

async function act(ctx, button, status, call, doneKey) {
  button.disabled = true;
  status.replaceChildren();
  try {
    const application = await call();
    add(status, notice('success', ctx.t(doneKey, application.id),
      application.ticketId ? [' ', ctx.h('a', { href: '/portal/#/tickets/' + application.ticketId }, ctx.t('policy.seeTicket'))] : null));
  } catch (e) {
    button.disabled = false;
    add(status, notice('error', problemText(e)));
  }
}

async function diagnosis(el, ctx, eid) {
  const { h, t, api } = ctx;
  const pdf = '/api/v1' + BASE + '/enterprises/' + eid + '/diagnosis?format=pdf';
  const html = '/api/v1' + BASE + '/enterprises/' + eid + '/diagnosis?format=html';
  add(el, h('h1', null, t('policy.diagnosis.title')),
    h('p', { class: 'actions' },
      h('a', { class: 'button-link pdf', href: pdf, target: '_blank', rel: 'noopener' }, t('policy.diagnosis.pdf')),
      ' ', h('a', { href: html, target: '_blank', rel: 'noopener' }, t('policy.diagnosis.html'))));
  const r = await api('GET', BASE + '/enterprises/' + eid + '/diagnosis');
  add(el, 
    h('section', { class: 'card' },
      h('h2', null, pick(r.enterprise.name, r.enterprise.name)),
      h('dl', { class: 'kv' },
        h('dt', null, t('policy.diagnosis.date')), h('dd', null, formatDate(r.evaluatedOn)),
        h('dt', null, t('policy.diagnosis.total')), h('dd', null, t('policy.wan', r.totalBenefitWan ?? 0)))),
    h('h2', null, t('policy.diagnosis.eligible')),
    r.eligible.length === 0 ? notice('info', t('policy.matches.none')) : h('ul', { class: 'list' },
      r.eligible.map((g) => h('li', null, h('div', { class: 'row-title' }, pick(g.nameZh, g.nameEn)),
        h('p', { class: 'meta' }, t('policy.wan', g.benefitWan ?? 0)),
        h('ul', null, (g.items || g.policies || []).map((i) => h('li', null, i.title || (i.policy && i.policy.title) || '')))))),
    h('h2', null, t('policy.diagnosis.unknown')),
    r.unknown.length === 0 ? h('p', { class: 'meta' }, t('common.none')) : h('ul', { class: 'list' },
      r.unknown.map((i) => h('li', null, i.title || (i.policy && i.policy.title) || ''))),
    h('h2', null, t('policy.near.title')),
    r.nearMisses.length === 0 ? h('p', { class: 'meta' }, t('common.none')) : h('ul', { class: 'list' },
      r.nearMisses.map((i) => h('li', null, i.title || (i.policy && i.policy.title) || ''))));
}

async function applications(el, ctx) {
  const { h, t, api } = ctx;
  add(el, h('h1', null, t('policy.applications.title')));
  const list = await api('GET', BASE + '/applications');
  if (list.length === 0) {
    add(el, notice('info', t('policy.applications.none')));
    return;
  }
  add(el, h('ul', { class: 'list policy-applications' }, list.map((a) => h('li', null,
    h('div', { class: 'row-title' }, a.policyTitle),
    h('p', { class: 'meta' }, modeText(ctx, a.mode), ' · ', a.status || '', ' · ', formatDate(a.createdAt, true)),
    a.outcome ? h('p', null, a.outcome) : null,
    a.ticketId ? h('a', { href: '/portal/#/tickets/' + a.ticketId }, t('policy.seeTicket')) : null))));
}
