// The staff workbench (/workbench/): work queues, the ticket page, registries, calendar, accounts and the
// public site's disclosure content; organisation and expert users get their own view (offers, work, record).
import { api, t, h, label, day, when, fill, table, section, facts, badge, percent, problemText, notice, pageStand } from './wb.js';
import { mountApp } from '/web/common/ui.js';
import { renderTicket } from './ticket.js';
import { renderRegistry } from './registries.js';
import { renderCalendar, renderAccounts, renderContent } from './admin.js';

const QUEUES = ['new', 'mine', 'overdue', 'problem', 'waiting'];

function ticketColumns() {
  return [
    { title: t('col.id'), render: (r) => '#' + r.id },
    { title: t('col.title'), render: (r) => h('span', {}, r.title, r.overdue ? badge(t('flag.overdue'), 'warn') : '', r.problem ? badge(t('flag.problem'), 'danger') : '') },
    { title: t('col.kind'), render: (r) => label('kind', r.kind) },
    { title: t('col.status'), render: (r) => badge(label('status', r.status), 'status status-' + r.status) },
    { title: t('col.owner'), render: (r) => r.owner },
    { title: t('col.assignee'), render: (r) => r.assignment ? r.assignment.name : '' },
    { title: t('col.created'), render: (r) => when(r.createdAt) },
    { title: t('col.due'), render: (r) => day(r.correctionDue && !r.correctedAt ? r.correctionDue : r.handlerDue || r.resolveDue || r.acceptDue) },
  ];
}

function pager(page, load) {
  const stand = pageStand(page);
  const prev = h('button', { type: 'button' }, '‹ ' + t('wb.prev'));
  const next = h('button', { type: 'button' }, t('wb.next') + ' ›');
  prev.disabled = page.page <= 0;
  next.disabled = !stand.hasNext;
  prev.addEventListener('click', () => load(page.page - 1));
  next.addEventListener('click', () => load(page.page + 1));
  return h('div', { class: 'wb-pager' }, prev, h('span', {}, stand.label), next);
}

async function renderQueue(el, queue) {
  const tabs = h('nav', { class: 'wb-tabs' }, ...QUEUES.map((q) => h('a', { href: '#/queues/' + q, class: q === queue ? 'active' : '' }, t('queue.' + q))),
    h('a', { href: '#/queues/all', class: queue === 'all' ? 'active' : '' }, t('queue.all')));
  const list = h('div', {});
  fill(el, h('h1', {}, t('queue.' + queue)), tabs, h('p', { class: 'wb-muted' }, t('queuehint.' + queue)), list);
  const load = async (p) => {
    const page = await api('GET', 'tickets?' + (queue === 'all' ? '' : 'queue=' + queue + '&') + 'page=' + p + '&size=20');
    fill(list, table(ticketColumns(), page.items, (r) => { location.hash = '#/tickets/' + r.id; }), pager(page, load));
  };
  await load(0);
}

/** Organisation and expert users: the offers to sign for or return, the work in progress, their record. */
async function providerTickets() {
  const all = [];
  for (let p = 0; p < 10; p++) {
    const page = await api('GET', 'tickets?page=' + p + '&size=100');
    all.push(...page.items);
    if (page.items.length < 100) break;
  }
  return all;
}

async function renderOffers(el) {
  const all = await providerTickets();
  const offers = all.filter((x) => x.status === 'ASSIGNED' && !x.signedAt);
  fill(el, h('h1', {}, t('provider.offers')), h('p', { class: 'wb-muted' }, t('provider.offersHint')),
    table(ticketColumns().concat([{ title: t('due.offer'), render: (r) => day(r.offerDue) }]), offers, (r) => { location.hash = '#/tickets/' + r.id; }));
}

async function renderWork(el) {
  const all = await providerTickets();
  const work = all.filter((x) => (x.status === 'ASSIGNED' && x.signedAt) || x.status === 'IN_PROGRESS'
    || (x.status === 'EVALUATED' && x.correctionNeeded && !x.correctedAt));
  const done = all.filter((x) => !work.includes(x) && !(x.status === 'ASSIGNED' && !x.signedAt));
  fill(el, h('h1', {}, t('provider.work')), table(ticketColumns(), work, (r) => { location.hash = '#/tickets/' + r.id; }),
    section(t('provider.done'), table(ticketColumns(), done, (r) => { location.hash = '#/tickets/' + r.id; })));
}

async function renderRecord(el, me) {
  const isOrg = me.organisationId != null;
  const path = isOrg ? 'organisations/' + me.organisationId : 'experts/' + me.expertId;
  const [who, record] = await Promise.all([api('GET', path), api('GET', path + '/record')]);
  fill(el, h('h1', {}, t('provider.record')), h('h2', {}, who.name),
    facts([[t('record.assigned'), record.assigned], [t('record.completed'), record.completed], [t('record.onTime'), record.onTime],
      [t('record.completionRate'), percent(record.completionRate)], [t('record.onTimeRate'), percent(record.onTimeRate)],
      [t('record.evaluations'), record.evaluations], [t('record.meanSatisfaction'), record.meanSatisfaction == null ? '—' : record.meanSatisfaction.toFixed(2)],
      [t('record.complaints'), record.complaints],
      isOrg ? [t('field.orgStatus'), label('orgStatus', who.status)] : [t('field.inPool'), who.inPool ? t('wb.yes') : t('wb.no')]]));
}

/** Runs a page, showing a readable message instead of a blank page when the server refuses. */
function guard(render) {
  return async (el, params, ctx) => {
    try {
      await render(el, params || {}, ctx);
    } catch (e) {
      fill(el, notice('error', problemText(e)));
    }
  };
}

/** Organisation and expert users (not staff) get their own view. */
function isProvider(user) {
  const roles = (user && user.roles) || [];
  return !roles.includes('ADMIN') && !roles.includes('STAFF') && !roles.includes('AUDITOR')
    && (roles.includes('ORGANISATION') || roles.includes('EXPERT'));
}

const STAFF = ['ADMIN', 'STAFF', 'AUDITOR'];
const MAINTAINERS = ['ADMIN', 'STAFF'];
const PROVIDERS = ['ORGANISATION', 'EXPERT'];

mountApp({
  area: 'workbench',
  titleKey: 'app.title',
  bundles: ['workbench'],
  requireSignIn: true,
  roles: [...STAFF, ...PROVIDERS],
  home: '/',
  routes: [
    // Home: staff to the new tickets, organisations and experts to their offers.
    { path: '/', render: async (el, p, ctx) => ctx.navigate(isProvider(ctx.user) ? '/offers' : '/queues/new') },
    { path: '/queues', titleKey: 'menu.queues', menu: true, roles: STAFF, render: guard((el) => renderQueue(el, 'new')) },
    { path: '/queues/:queue', roles: STAFF, render: guard((el, p) => renderQueue(el, p.queue)) },
    { path: '/offers', titleKey: 'provider.offers', menu: true, roles: PROVIDERS, render: guard((el) => renderOffers(el)) },
    { path: '/work', titleKey: 'provider.work', menu: true, roles: PROVIDERS, render: guard((el) => renderWork(el)) },
    { path: '/record', titleKey: 'provider.record', menu: true, roles: PROVIDERS, render: guard((el, p, ctx) => renderRecord(el, ctx.user)) },
    { path: '/tickets/:id', render: guard((el, p, ctx) => renderTicket(el, p.id, { ...ctx.user, provider: isProvider(ctx.user) })) },
    ...['enterprises', 'organisations', 'experts', 'staff', 'service-points', 'tags'].map((kind) => (
      { path: '/registry/' + kind, titleKey: 'registry.' + kind, menu: true, roles: STAFF, render: guard((el) => renderRegistry(el, kind)) })),
    { path: '/calendar', titleKey: 'menu.calendar', menu: true, roles: STAFF, render: guard((el) => renderCalendar(el)) },
    { path: '/accounts', titleKey: 'menu.accounts', menu: true, roles: ['ADMIN'], render: guard((el) => renderAccounts(el)) },
    { path: '/content', titleKey: 'menu.content', menu: true, roles: MAINTAINERS, render: guard((el) => renderContent(el)) },
    { path: '/dashboard', titleKey: 'menu.dashboard', menu: true, roles: STAFF, render: async () => { location.href = '/dashboard/'; } },
  ],
});
