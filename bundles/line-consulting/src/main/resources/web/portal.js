// The consulting line's portal pages (web SPI): supplies and demands with the explained two-way match and a form
// to post one ('market'), and consulting requests ('requests'). Everything comes from /api/v1/lines/consulting.
import { notice, problemText, badge, loading, replace, add, form } from '/web/common/ui.js';
import { pick, formatDate } from '/web/common/i18n.js';

const BASE = '/lines/consulting';
const TYPES = ['MARKET', 'FINANCING', 'TALENT', 'TECHNOLOGY', 'CAPACITY'];

export async function render(el, ctx) {
  if (ctx.entry.id === 'requests') {
    return requests(el, ctx);
  }
  if (ctx.entry.id === 'events') {
    return events(el, ctx);
  }
  return market(el, ctx);
}

function reasonsTable(ctx, reasons) {
  const { h, t } = ctx;
  return h('table', { class: 'data reasons' },
    h('thead', null, h('tr', null, h('th', null, t('consulting.criterion')), h('th', null, t('consulting.points')),
      h('th', null, t('consulting.reason')))),
    h('tbody', null, reasons.map((r) => h('tr', { dataset: { criterion: r.criterion } },
      h('td', null, t('consulting.criterion.' + r.criterion)),
      h('td', null, badge(r.points + ' / ' + r.maxPoints, r.fits ? 'good' : r.points > 0 ? 'warn' : 'bad')),
      h('td', null, pick(r.zh, r.en))))));
}

async function showMatches(ctx, slot, posting) {
  const { h, t, api } = ctx;
  replace(slot, loading());
  try {
    const found = await api('GET', BASE + '/postings/' + posting.id + '/matches?limit=10');
    replace(slot, found.length === 0 ? h('p', { class: 'hint' }, t('consulting.noMatches'))
      : h('ul', { class: 'list consulting-matches' }, found.map((m) => h('li', { dataset: { posting: m.posting.id } },
        h('div', { class: 'row-title' }, m.posting.title, ' ', badge(m.score + ' ' + t('consulting.score'), 'good')),
        h('p', { class: 'meta' }, [t('consulting.kind.' + m.posting.kind), t('consulting.type.' + m.posting.type),
          m.posting.industry, m.posting.region].filter(Boolean).join(' · ')),
        h('details', null, h('summary', null, t('consulting.why')), reasonsTable(ctx, m.reasons))))));
  } catch (e) {
    replace(slot, notice('error', problemText(e)));
  }
}

async function market(el, ctx) {
  const { h, t, api } = ctx;
  add(el, h('h1', null, t('consulting.market.title')), h('p', { class: 'hint' }, t('consulting.market.intro')));
  const mine = h('div', null, loading());
  const owner = ctx.user.enterpriseId ? 'enterpriseId=' + ctx.user.enterpriseId
    : 'organisationId=' + (ctx.user.organisationId || 0);
  async function reload() {
    const list = await api('GET', BASE + '/postings?' + owner);
    replace(mine, list.length === 0 ? h('p', { class: 'hint' }, t('consulting.none'))
      : h('ul', { class: 'list consulting-postings' }, list.map((p) => {
        const slot = h('div');
        return h('li', { dataset: { posting: p.id } },
          h('div', { class: 'row-title' }, p.title, ' ', badge(t('consulting.kind.' + p.kind), 'info')),
          h('p', { class: 'meta' }, [t('consulting.type.' + p.type), p.industry, p.region,
            p.amountMin != null || p.amountMax != null ? (p.amountMin ?? '…') + '–' + (p.amountMax ?? '…') + ' ' + t('consulting.yuan') : null,
            p.validTo ? t('consulting.until') + ' ' + formatDate(p.validTo) : null].filter(Boolean).join(' · ')),
          h('button', { type: 'button', class: 'matches', onclick: () => showMatches(ctx, slot, p) }, t('consulting.showMatches')),
          slot);
      })));
  }
  const done = h('div');
  const f = form({
    fields: [
      { name: 'kind', label: t('consulting.field.kind'), type: 'radio', value: 'DEMAND', required: true,
        options: ['SUPPLY', 'DEMAND'].map((k) => ({ value: k, label: t('consulting.kind.' + k) })) },
      { name: 'type', label: t('consulting.field.type'), type: 'select', required: true,
        options: TYPES.map((k) => ({ value: k, label: t('consulting.type.' + k) })) },
      { name: 'title', label: t('consulting.field.title'), required: true },
      { name: 'description', label: t('consulting.field.description'), type: 'textarea' },
      { name: 'industry', label: t('consulting.field.industry'), placeholder: 'C3823' },
      { name: 'region', label: t('consulting.field.region'), placeholder: '330302' },
      { name: 'amountMin', label: t('consulting.field.amountMin'), type: 'number', min: 0 },
      { name: 'amountMax', label: t('consulting.field.amountMax'), type: 'number', min: 0 },
      { name: 'validTo', label: t('consulting.field.validTo'), type: 'date' }],
    submitLabel: t('consulting.post'),
    onSubmit: async (v) => {
      await api('POST', BASE + '/postings', v);
      replace(done, notice('success', t('consulting.posted')));
      await reload();
    }
  });
  add(el, h('h2', null, t('consulting.mine')), mine, h('h2', null, t('consulting.postNew')), done, f);
  await reload();
}

async function requests(el, ctx) {
  const { h, t, api } = ctx;
  add(el, h('h1', null, t('consulting.requests.title')));
  const services = await api('GET', BASE + '/services');
  const list = h('div', null, loading());
  async function reload() {
    const rs = await api('GET', BASE + '/requests');
    replace(list, rs.length === 0 ? h('p', { class: 'hint' }, t('consulting.none'))
      : h('ul', { class: 'list consulting-requests' }, rs.map((r) => h('li', null,
        h('div', { class: 'row-title' }, r.subject, ' ', badge(pick(r.serviceZh, r.serviceEn), 'info')),
        h('p', { class: 'meta' }, formatDate(r.createdAt, true), r.ticketId ? ' · #' + r.ticketId : '')))));
  }
  const done = h('div');
  add(el, form({
    fields: [
      { name: 'service', label: t('consulting.field.service'), type: 'select', required: true,
        options: services.map((s) => ({ value: s.code, label: pick(s.nameZh, s.nameEn) })) },
      { name: 'subject', label: t('consulting.field.subject'), required: true },
      { name: 'description', label: t('consulting.field.description'), type: 'textarea' }],
    submitLabel: t('consulting.request'),
    onSubmit: async (v) => {
      await api('POST', BASE + '/requests', v);
      replace(done, notice('success', t('consulting.requested')));
      await reload();
    }
  }), done, h('h2', null, t('consulting.myRequests')), list);
  await reload();
}

async function events(el, ctx) {
  const { h, t, api } = ctx;
  add(el, h('h1', null, t('consulting.events.title')));
  const me = ctx.user.enterpriseId ? 'E:' + ctx.user.enterpriseId : 'O:' + ctx.user.organisationId;
  const list = h('div', null, loading());
  async function reload() {
    const all = await api('GET', BASE + '/events');
    replace(list, all.length === 0 ? h('p', { class: 'hint' }, t('consulting.none'))
      : h('ul', { class: 'list consulting-events' }, all.map((e) => {
        const status = h('div');
        const signed = e.signups.includes(me);
        return h('li', { dataset: { event: e.id } },
          h('div', { class: 'row-title' }, e.title, ' ', signed ? badge(t('consulting.signedUp'), 'good') : null),
          h('p', { class: 'meta' }, formatDate(e.heldOn), ' · ', e.venue, ' · ',
            t('consulting.places', e.signups.length, e.capacity)),
          signed ? null : h('button', { type: 'button', class: 'primary signup', onclick: async () => {
            try {
              await api('POST', BASE + '/events/' + e.id + '/signups', {});
              await reload();
            } catch (err) {
              replace(status, notice('error', problemText(err)));
            }
          } }, t('consulting.signUp')),
          status);
      })));
  }
  add(el, list);
  await reload();
}
