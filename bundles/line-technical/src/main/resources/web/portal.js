// The technical line's portal pages (web SPI): one module for its three menu entries, chosen by ctx.entry.id —
// technical service offers (browse, book), shared instruments (browse, book a time, my bookings) and the
// project library (matches with reasons, interest). Everything comes from /api/v1/lines/technical, which checks
// that an enterprise user sees only its own enterprise.
import { notice, problemText, badge, loading, replace, add } from '/web/common/ui.js';
import { pick, formatDate } from '/web/common/i18n.js';
import { idempotencyKey } from '/web/common/api.js';

const BASE = '/lines/technical';

export async function render(el, ctx) {
  if (ctx.entry.id === 'instruments') {
    return instruments(el, ctx);
  }
  if (ctx.entry.id === 'projects') {
    return projects(el, ctx);
  }
  return offers(el, ctx);
}

const DOMAINS = ['INDUSTRIAL_DESIGN', 'EXPERIMENT', 'INSPECTION_TESTING', 'CERTIFICATION', 'STANDARDS_METROLOGY',
  'QUALITY_EVALUATION', 'TECHNOLOGY_TRANSFER', 'DIGITAL_APPLICATION', 'INTELLECTUAL_PROPERTY', 'EQUIPMENT_SHARING',
  'ENERGY_ENVIRONMENT'];

function price(o, ctx) {
  if (o.priceMin == null) {
    return ctx.t('technical.price.onRequest');
  }
  return (o.priceMax != null ? o.priceMin + '–' + o.priceMax : String(o.priceMin)) + ' ' + (o.priceUnit || ctx.t('technical.yuan'));
}

function ticketLink(ctx, request) {
  return request.ticketId ? ctx.h('a', { href: '/portal/#/tickets/' + request.ticketId }, ctx.t('technical.seeTicket')) : null;
}

async function offers(el, ctx) {
  const { h, t, api } = ctx;
  const domain = h('select', { name: 'domain', 'aria-label': t('technical.domain') },
    h('option', { value: '' }, t('technical.allDomains')),
    DOMAINS.map((d) => h('option', { value: d }, t('technical.domain.' + d))));
  const list = h('div', null, loading());
  add(el, h('h1', null, t('technical.offers.title')), h('p', { class: 'hint' }, t('technical.offers.intro')),
    h('p', { class: 'filters' }, domain), list);
  async function load() {
    replace(list, loading());
    const page = await api('GET', BASE + '/offers?size=100' + (domain.value ? '&domain=' + domain.value : ''));
    if (!page.items.length) {
      replace(list, notice('info', t('technical.offers.none')));
      return;
    }
    replace(list, h('ul', { class: 'list technical-offers' }, page.items.map((o) => offerItem(ctx, o))));
  }
  domain.addEventListener('change', load);
  await load();
}

function offerItem(ctx, o) {
  const { h, t, api } = ctx;
  const status = h('div');
  const book = o.bookable ? ctx.form({
    className: 'technical-book',
    fields: [{ name: 'note', label: t('technical.note'), type: 'textarea', rows: 2 }],
    submitLabel: t('technical.book'),
    onSubmit: async (v) => {
      const r = await api('POST', BASE + '/offers/' + o.id + '/bookings', { note: v.note },
        { 'Idempotency-Key': idempotencyKey() });
      replace(status, notice('success', t('technical.booked', r.id), ' ', ticketLink(ctx, r)));
    },
  }) : notice('warning', pick(o.notBookableZh, o.notBookableEn));
  return h('li', { dataset: { offer: o.id } },
    h('div', { class: 'row-title' }, o.title, ' ', badge(pick(o.domainNameZh, o.domainNameEn), 'info'),
      ' ', o.bookable ? badge(t('technical.bookable'), 'good') : badge(t('technical.notBookable'), 'bad')),
    h('p', { class: 'meta' }, [o.organisationName, price(o, ctx), t('technical.days', o.durationDays),
      t('technical.mode.' + o.mode)].join(' · ')),
    h('p', null, o.scope),
    h('p', { class: 'meta' }, t('technical.qualification'), '：', o.qualificationType,
      o.qualificationValidUntil ? ' (' + t('technical.validUntil', o.qualificationValidUntil) + ')' : ''),
    h('details', null, h('summary', null, t('technical.book')), book), status);
}

/** A datetime-local value (Beijing time) as an instant with its offset. */
function beijing(value) {
  return value ? value + (value.length === 16 ? ':00' : '') + '+08:00' : null;
}

async function instruments(el, ctx) {
  const { h, t, api } = ctx;
  add(el, h('h1', null, t('technical.instruments.title')), h('p', { class: 'hint' }, t('technical.instruments.intro')));
  const list = h('div', null, loading());
  const mine = h('div');
  add(el, list, h('h2', null, t('technical.instruments.mine')), mine);
  async function loadMine() {
    if (!ctx.user.enterpriseId) {
      return;
    }
    const page = await api('GET', BASE + '/instrument-bookings?size=50');
    replace(mine, page.items.length ? h('ul', { class: 'list technical-slots' }, page.items.map((s) => h('li', null,
      h('div', { class: 'row-title' }, s.instrumentName, ' ', badge(t('technical.slot.' + s.status), s.status === 'CANCELLED' ? 'bad' : 'good')),
      h('p', { class: 'meta' }, formatDate(s.startsAt, true), ' – ', formatDate(s.endsAt, true),
        s.usedHours != null ? ' · ' + t('technical.usedHours', s.usedHours, s.usedBy || '') : ''))))
      : notice('info', t('common.none')));
  }
  const page = await api('GET', BASE + '/instruments?size=100');
  replace(list, page.items.length ? h('ul', { class: 'list technical-instruments' }, page.items.map((i) => {
    const status = h('div');
    const calendar = h('div');
    const showCalendar = async () => {
      const slots = await api('GET', BASE + '/instruments/' + i.id + '/calendar');
      replace(calendar, slots.length ? h('ul', { class: 'calendar' }, slots.map((s) => h('li', null,
        formatDate(s.startsAt, true), ' – ', formatDate(s.endsAt, true)))) : h('p', { class: 'meta' }, t('technical.calendar.free')));
    };
    const f = ctx.form({
      className: 'technical-slot',
      fields: [
        { name: 'startsAt', label: t('technical.startsAt'), type: 'datetime-local', required: true },
        { name: 'endsAt', label: t('technical.endsAt'), type: 'datetime-local', required: true },
        { name: 'purpose', label: t('technical.purpose'), type: 'text' }],
      submitLabel: t('technical.bookSlot'),
      onSubmit: async (v) => {
        const s = await api('POST', BASE + '/instruments/' + i.id + '/bookings',
          { startsAt: beijing(v.startsAt), endsAt: beijing(v.endsAt), purpose: v.purpose });
        replace(status, notice('success', t('technical.slotBooked', formatDate(s.startsAt, true), formatDate(s.endsAt, true))));
        await Promise.all([showCalendar(), loadMine()]);
      },
    });
    return h('li', { dataset: { instrument: i.id } },
      h('div', { class: 'row-title' }, i.name, i.model ? ' (' + i.model + ')' : ''),
      h('p', { class: 'meta' }, [i.organisationName, i.location, i.hourlyPrice != null ? t('technical.hourly', i.hourlyPrice) : null]
        .filter(Boolean).join(' · ')),
      i.description ? h('p', null, i.description) : null,
      h('details', { ontoggle: (e) => { if (e.target.open) { showCalendar().catch((x) => add(status, notice('error', problemText(x)))); } } },
        h('summary', null, t('technical.bookSlot')), h('h3', null, t('technical.calendar')), calendar, f),
      status);
  })) : notice('info', t('technical.instruments.none')));
  await loadMine();
}

async function projects(el, ctx) {
  const { h, t, api } = ctx;
  add(el, h('h1', null, t('technical.projects.title')), h('p', { class: 'hint' }, t('technical.projects.intro')));
  if (!ctx.user.enterpriseId) {
    add(el, notice('warning', t('technical.noEnterprise')));
    return;
  }
  const body = h('div', null, loading());
  add(el, body);
  const [matches, mine] = await Promise.all([api('GET', BASE + '/projects/matches'),
    api('GET', BASE + '/introductions?size=50')]);
  const interested = new Set(mine.items.map((i) => i.projectId));
  replace(body,
    matches.length ? h('ul', { class: 'list technical-matches' }, matches.map((m) => {
      const p = m.project;
      const status = h('div');
      const button = interested.has(p.id) ? h('p', { class: 'meta' }, t('technical.interested'))
        : h('button', { type: 'button', class: 'primary', onclick: async (e) => {
          e.target.disabled = true;
          try {
            await api('POST', BASE + '/projects/' + p.id + '/interest', {});
            replace(status, notice('success', t('technical.interestSent')));
          } catch (x) {
            e.target.disabled = false;
            replace(status, notice('error', problemText(x)));
          }
        } }, t('technical.interest'));
      return h('li', { dataset: { project: p.id } },
        h('div', { class: 'row-title' }, p.title, ' ', badge(t('technical.kind.' + p.kind), 'info')),
        h('p', { class: 'meta' }, [p.posterName, p.industryCode, t('technical.maturity.' + p.maturity),
          t('technical.cooperation.' + p.cooperation)].join(' · ')),
        h('p', null, p.summary),
        h('ul', { class: 'reasons' }, (document.documentElement.lang === 'en' ? m.reasonsEn : m.reasonsZh)
          .map((r) => h('li', null, r))),
        button, status);
    })) : notice('info', t('technical.projects.none')),
    h('h2', null, t('technical.introductions.mine')),
    mine.items.length ? h('ul', { class: 'list' }, mine.items.map((i) => h('li', null,
      h('div', { class: 'row-title' }, i.projectTitle, ' ', badge(t('technical.intro.' + i.status), 'info')),
      i.outcome ? h('p', null, i.outcome) : null))) : notice('info', t('common.none')));
}
