// The technical line's workbench pages (web SPI): the offer catalogue kept by staff (list and a form to add an
// offer of an admitted organisation) and the project introductions staff follow to an outcome.
import { notice, problemText, badge, loading, replace, add } from '/web/common/ui.js';
import { pick, formatDate } from '/web/common/i18n.js';

const BASE = '/lines/technical';
const DOMAINS = ['INDUSTRIAL_DESIGN', 'EXPERIMENT', 'INSPECTION_TESTING', 'CERTIFICATION', 'STANDARDS_METROLOGY',
  'QUALITY_EVALUATION', 'TECHNOLOGY_TRANSFER', 'DIGITAL_APPLICATION', 'INTELLECTUAL_PROPERTY', 'EQUIPMENT_SHARING',
  'ENERGY_ENVIRONMENT'];

export async function render(el, ctx) {
  if (ctx.entry.id === 'introductions') {
    return introductions(el, ctx);
  }
  return offers(el, ctx);
}

async function offers(el, ctx) {
  const { h, t, api } = ctx;
  const list = h('div', null, loading());
  const f = ctx.form({
    className: 'technical-offer-form',
    fields: [
      { name: 'organisationId', label: t('technical.organisationId'), type: 'number', required: true },
      { name: 'domain', label: t('technical.domain'), type: 'select', required: true,
        options: DOMAINS.map((d) => ({ value: d, label: t('technical.domain.' + d) })) },
      { name: 'title', label: t('technical.title'), required: true },
      { name: 'scope', label: t('technical.scope'), type: 'textarea', required: true },
      { name: 'qualificationType', label: t('technical.qualification'), required: true, hint: t('technical.qualification.hint') },
      { name: 'qualificationNumber', label: t('technical.qualificationNumber') },
      { name: 'priceMin', label: t('technical.priceMin'), type: 'number', step: '0.01' },
      { name: 'priceMax', label: t('technical.priceMax'), type: 'number', step: '0.01' },
      { name: 'priceUnit', label: t('technical.priceUnit'), placeholder: '元/项' },
      { name: 'durationDays', label: t('technical.durationDays'), type: 'number', required: true },
      { name: 'mode', label: t('technical.modeLabel'), type: 'select', required: true,
        options: ['BOTH', 'ONLINE', 'OFFLINE'].map((m) => ({ value: m, label: t('technical.mode.' + m) })) }],
    submitLabel: t('technical.offer.add'),
    onSubmit: async (v) => {
      const o = await api('POST', BASE + '/offers', v);
      f.reset();
      add(list, notice('success', t('technical.offer.added', o.title)));
      await load();
    },
  });
  add(el, h('h1', null, t('technical.workbench.offers')), h('details', null, h('summary', null, t('technical.offer.add')), f), list);
  async function load() {
    const page = await api('GET', BASE + '/offers?size=200');
    replace(list, h('div', { class: 'table-wrap' }, h('table', { class: 'data technical-offers' },
      h('thead', null, h('tr', null, ['ID', t('technical.title'), t('technical.domain'), t('technical.organisation'),
        t('technical.durationDays'), t('technical.bookable')].map((c) => h('th', null, c)))),
      h('tbody', null, page.items.map((o) => h('tr', { dataset: { offer: o.id } },
        h('td', null, String(o.id)), h('td', null, o.title), h('td', null, pick(o.domainNameZh, o.domainNameEn)),
        h('td', null, o.organisationName || ''), h('td', null, String(o.durationDays)),
        h('td', null, o.bookable ? badge(t('technical.bookable'), 'good')
          : badge(pick(o.notBookableZh, o.notBookableEn), 'bad'))))))));
  }
  await load();
}

async function introductions(el, ctx) {
  const { h, t, api } = ctx;
  add(el, h('h1', null, t('technical.workbench.introductions')), h('p', { class: 'hint' }, t('technical.introductions.intro')));
  const list = h('div', null, loading());
  add(el, list);
  async function load() {
    const page = await api('GET', BASE + '/introductions?size=100');
    if (!page.items.length) {
      replace(list, notice('info', t('common.none')));
      return;
    }
    replace(list, h('ul', { class: 'list technical-introductions' }, page.items.map((i) => {
      const status = h('div');
      const outcome = h('input', { type: 'text', name: 'outcome', placeholder: t('technical.outcome'),
        'aria-label': t('technical.outcome') });
      const next = { INTERESTED: ['INTRODUCED', 'DECLINED'], INTRODUCED: ['NEGOTIATING', 'SIGNED', 'DECLINED'],
        NEGOTIATING: ['SIGNED', 'DECLINED'] }[i.status] || [];
      return h('li', { dataset: { introduction: i.id } },
        h('div', { class: 'row-title' }, i.projectTitle, ' ← ', i.enterpriseName || ('#' + i.enterpriseId), ' ',
          badge(t('technical.intro.' + i.status), 'info')),
        h('p', { class: 'meta' }, formatDate(i.createdAt, true), i.message ? ' · ' + i.message : ''),
        i.outcome ? h('p', null, i.outcome) : null,
        next.length ? h('p', { class: 'actions' }, outcome, next.map((s) => h('button', { type: 'button', onclick: async () => {
          try {
            await api('POST', BASE + '/introductions/' + i.id + '/status', { version: i.version, status: s, outcome: outcome.value || null });
            await load();
          } catch (x) {
            replace(status, notice('error', problemText(x)));
          }
        } }, t('technical.intro.' + s)))) : null,
        status);
    })));
  }
  await load();
}
