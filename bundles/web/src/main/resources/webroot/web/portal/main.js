// The enterprise portal (clauses 5.1.1, 5.4.1.1, 5.4.2, 5.5), mobile-first: an enterprise user signs in,
// submits demands with attachments, follows each ticket's status, timeline and current deadline, supplies
// what is asked, rates the service, reads its inbox and chooses its channels. Service lines add their pages
// through the web SPI (menu entries from GET /api/v1/web/menu?area=portal).
import { mountApp, h, notice, replace, loading, problemText, badge, form, formatDate, add } from '../common/ui.js';
import { t, pick } from '../common/i18n.js';
import { api, upload, idempotencyKey, ApiError } from '../common/api.js';

const KINDS = ['DEMAND', 'CONSULTATION', 'APPEAL', 'COMPLAINT'];
const GRADES = ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED'];
const FINISHED = ['REJECTED', 'CLOSED', 'MERGED', 'EVALUATED'];
const MAX_FILE = 20 * 1024 * 1024;

function statusBadge(status) {
  const kind = ['REJECTED', 'MERGED'].includes(status) ? 'bad'
    : ['NEEDS_INFO', 'FEEDBACK_SENT'].includes(status) ? 'warn'
      : ['CLOSED', 'EVALUATED', 'RESOLVED'].includes(status) ? 'good' : null;
  return badge(t('portal.status.' + status), kind);
}

/** The deadline of the stage the ticket is in now, or null when no clock runs. */
export function currentDeadline(ticket) {
  switch (ticket.status) {
    case 'SUBMITTED':
    case 'NEEDS_INFO':
      return ticket.status === 'NEEDS_INFO' ? null : { key: 'portal.due.accept', date: ticket.acceptDue };
    case 'ACCEPTED':
      return { key: 'portal.due.resolve', date: ticket.resolveDue };
    case 'ASSIGNED':
      return ticket.signedAt ? { key: 'portal.due.handler', date: ticket.handlerDue || ticket.resolveDue }
        : { key: 'portal.due.offer', date: ticket.offerDue || ticket.resolveDue };
    case 'IN_PROGRESS':
      return { key: 'portal.due.handler', date: ticket.handlerDue || ticket.resolveDue };
    case 'EVALUATED':
      return ticket.correctionNeeded && !ticket.correctedAt ? { key: 'portal.due.correction', date: ticket.correctionDue } : null;
    default:
      return null;
  }
}

function deadlineLine(ticket) {
  const d = currentDeadline(ticket);
  if (!d || !d.date) {
    return null;
  }
  return h('p', { class: ['deadline', ticket.overdue ? 'overdue' : null], dataset: { due: d.date } },
    t(d.key), '：', formatDate(d.date), ticket.overdue ? [' ', badge(t('portal.overdue'), 'bad')] : null,
    ticket.deferredUntil ? [' ', t('portal.deferredUntil', formatDate(ticket.deferredUntil))] : null);
}

function ticketRow(ticket) {
  return h('li', { dataset: { ticket: ticket.id } }, h('a', { class: 'row-link', href: '#/tickets/' + ticket.id },
    h('div', { class: 'row-title' }, ticket.title, ' ', statusBadge(ticket.status)),
    h('div', { class: 'meta' }, t('portal.kind.' + ticket.kind), ' · ', t('portal.number', ticket.id), ' · ', formatDate(ticket.createdAt, true)),
    deadlineLine(ticket)));
}

async function home(el, params, ctx) {
  const [page, unread, enterprise] = await Promise.all([
    api('GET', '/tickets?size=5&sort=-createdAt').catch(() => api('GET', '/tickets?size=5')),
    api('GET', '/notifications?unread=true').catch(() => []),
    api('GET', '/enterprises/' + ctx.user.enterpriseId).catch(() => null)]);
  const unreadCount = Array.isArray(unread) ? unread.length : (unread.total ?? (unread.items || []).length);
  add(el, 
    h('h1', null, enterprise ? enterprise.name : t('portal.home')),
    h('div', { class: 'cards quick' },
      KINDS.map((k) => h('a', { class: 'card quick-action', href: '#/new/' + k, dataset: { kind: k } },
        h('div', { class: 'row-title' }, t('portal.new.' + k)), h('p', { class: 'meta' }, t('portal.new.' + k + '.hint'))))),
    h('p', null, h('a', { href: '#/inbox' }, t('portal.inbox')), ' ',
      unreadCount ? badge(t('portal.unread', unreadCount), 'unread') : h('span', { class: 'meta' }, t('portal.noUnread'))),
    h('h2', null, t('portal.latest')),
    page.items.length ? h('ul', { class: 'list tickets' }, page.items.map(ticketRow)) : notice('info', t('portal.tickets.none')),
    page.total > page.items.length ? h('p', null, h('a', { href: '#/tickets' }, t('portal.tickets.all', page.total))) : null);
}

async function tickets(el) {
  const page = Number((new URLSearchParams(location.hash.split('?')[1] || '')).get('page') || 0);
  const result = await api('GET', '/tickets?size=20&page=' + page + '&sort=-createdAt')
    .catch(() => api('GET', '/tickets?size=20&page=' + page));
  const pages = Math.ceil(result.total / result.size);
  add(el, h('h1', null, t('portal.tickets')),
    h('p', null, h('a', { class: 'button-link', href: '#/new/DEMAND' }, t('portal.new.DEMAND'))),
    result.items.length ? h('ul', { class: 'list tickets' }, result.items.map(ticketRow)) : notice('info', t('portal.tickets.none')),
    pages > 1 ? h('p', { class: 'actions' },
      page > 0 ? h('a', { href: '#/tickets?page=' + (page - 1) }, t('portal.prev')) : null, ' ',
      page + 1 < pages ? h('a', { href: '#/tickets?page=' + (page + 1) }, t('portal.next')) : null) : null);
}

function validFiles(files) {
  return files.filter((f) => f.size > MAX_FILE).map((f) => t('portal.file.tooBig', f.name));
}

async function uploadAll(ticketId, files) {
  const failed = [];
  for (const file of files) {
    try {
      await upload('/tickets/' + ticketId + '/attachments?filename=' + encodeURIComponent(file.name), file);
    } catch (e) {
      failed.push(file.name + '：' + problemText(e));
    }
  }
  return failed;
}

async function newTicket(el, params, ctx) {
  const kind = KINDS.includes(params.kind) ? params.kind : 'DEMAND';
  const domains = await api('GET', '/service-domains').catch(() => []);
  const key = idempotencyKey();
  const fields = [
    { name: 'kind', label: t('portal.field.kind'), type: 'radio', required: true, value: kind,
      options: KINDS.map((k) => ({ value: k, label: t('portal.kind.' + k) })) },
    { name: 'title', label: t('portal.field.title'), required: true, placeholder: t('portal.field.title.placeholder') },
    { name: 'description', label: t('portal.field.description'), type: 'textarea', required: true, rows: 6,
      hint: t('portal.field.description.hint') },
  ];
  if (Array.isArray(domains) && domains.length) {
    fields.push({ name: 'domain', label: t('portal.field.domain'), type: 'select',
      options: domains.map((d) => ({ value: d.domain || d.code || d.name, label: pick(d.nameZh, d.nameEn) })) });
  }
  fields.push({ name: 'againstTicket', label: t('portal.field.against'), type: 'number', hint: t('portal.field.against.hint'), inputmode: 'numeric' });
  fields.push({ name: 'files', label: t('portal.field.files'), type: 'file', multiple: true,
    accept: '.pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp', hint: t('portal.field.files.hint') });
  const f = form({
    fields,
    submitLabel: t('portal.submit'),
    fieldOf: (field) => (field && field.startsWith('against') ? 'againstTicket' : field),
    onSubmit: async (v) => {
      const tooBig = validFiles(v.files || []);
      if (tooBig.length) {
        throw new ApiError(400, { title: t('portal.file.invalid'), errors: tooBig.map((m) => ({ field: 'files', message: m, messageEn: m })) });
      }
      const body = { kind: v.kind, title: v.title, description: v.description, domain: v.domain || null };
      if (v.kind === 'COMPLAINT' && v.againstTicket) {
        body.against = { kind: 'TICKET', id: v.againstTicket };
      }
      const ticket = await api('POST', '/tickets', body, { 'Idempotency-Key': key });
      const failed = await uploadAll(ticket.id, v.files || []);
      sessionStorage.setItem('esip.portal.flash', JSON.stringify({ id: ticket.id, failed }));
      ctx.navigate('/tickets/' + ticket.id);
    },
  });
  const kindControl = f.control('kind');
  const against = f.querySelector('[data-field="againstTicket"]');
  const toggle = () => {
    const checked = kindControl.querySelector('input:checked');
    against.hidden = !checked || checked.value !== 'COMPLAINT';
  };
  kindControl.addEventListener('change', toggle);
  toggle();
  add(el, h('h1', null, t('portal.new.title')), h('p', { class: 'hint' }, t('portal.new.intro')), f);
}

function timeline(events) {
  return h('ol', { class: 'timeline' }, events.map((e) => h('li', { dataset: { action: e.action } },
    h('div', { class: 'when' }, formatDate(e.at, true)),
    h('div', null, h('strong', null, t('portal.action.' + e.action)), e.to && e.from !== e.to ? [' → ', t('portal.status.' + e.to)] : null),
    e.remark ? h('div', { class: 'remark' }, e.remark) : null)));
}

async function ticketPage(el, params, ctx) {
  let ticket;
  let events;
  let attachments;
  try {
    [ticket, events, attachments] = await Promise.all([
      api('GET', '/tickets/' + encodeURIComponent(params.id)),
      api('GET', '/tickets/' + encodeURIComponent(params.id) + '/timeline'),
      api('GET', '/tickets/' + encodeURIComponent(params.id) + '/attachments').catch(() => [])]);
  } catch (e) {
    if (e instanceof ApiError && (e.status === 403 || e.status === 404 || e.status === 400)) {
      add(el, notice('error', h('strong', { class: 'denied' }, t('portal.ticket.denied')), ' ', t('portal.ticket.deniedHint')),
        h('p', null, h('a', { href: '#/tickets' }, t('portal.tickets'))));
      return;
    }
    throw e;
  }
  const flash = JSON.parse(sessionStorage.getItem('esip.portal.flash') || 'null');
  if (flash && String(flash.id) === String(ticket.id)) {
    sessionStorage.removeItem('esip.portal.flash');
    add(el, notice('success', t('portal.submitted', ticket.id)));
    if (flash.failed && flash.failed.length) {
      add(el, notice('error', t('portal.file.failed'), h('ul', null, flash.failed.map((m) => h('li', null, m)))));
    }
  }
  const allowed = ticket.allowedSteps || ticket.allowedActions || null;
  const may = (step, statuses) => (allowed ? allowed.includes(step) : statuses.includes(ticket.status));
  add(el, 
    h('p', null, h('a', { href: '#/tickets' }, '← ', t('portal.tickets'))),
    h('h1', null, ticket.title),
    h('p', null, statusBadge(ticket.status), ' ', h('span', { class: 'meta' }, t('portal.kind.' + ticket.kind), ' · ', t('portal.number', ticket.id))),
    deadlineLine(ticket),
    h('section', { class: 'card' },
      h('dl', { class: 'kv' },
        h('dt', null, t('portal.field.description')), h('dd', { class: 'prose' }, ticket.description),
        h('dt', null, t('portal.submittedAt')), h('dd', null, formatDate(ticket.createdAt, true)),
        ticket.assignment ? [h('dt', null, t('portal.assignee')), h('dd', null, ticket.assignment.name || t('portal.assigneeKind.' + ticket.assignment.kind))] : null,
        ticket.rejectReason ? [h('dt', null, t('portal.rejectReason')), h('dd', null, ticket.rejectReason)] : null,
        ticket.result ? [h('dt', null, t('portal.result')), h('dd', { class: 'prose' }, ticket.result)] : null,
        ticket.grade ? [h('dt', null, t('portal.grade')), h('dd', null, t('portal.grade.' + ticket.grade), ticket.evaluationComment ? '：' + ticket.evaluationComment : '')] : null)));

  if (ticket.status === 'NEEDS_INFO' && may('supply-info', ['NEEDS_INFO'])) {
    add(el, h('section', { class: 'card supply' },
      h('h2', null, t('portal.supply.title')),
      h('p', null, t('portal.supply.intro')),
      h('ul', { class: 'missing-items' }, ticket.missingItems.map((m) => h('li', null, m))),
      form({
        fields: [
          { name: 'description', label: t('portal.supply.description'), type: 'textarea', required: true },
          { name: 'files', label: t('portal.field.files'), type: 'file', multiple: true, hint: t('portal.field.files.hint') }],
        submitLabel: t('portal.supply.submit'),
        onSubmit: async (v) => {
          const failed = await uploadAll(ticket.id, v.files || []);
          await api('POST', '/tickets/' + ticket.id + '/supply-info', { version: ticket.version, description: v.description });
          sessionStorage.setItem('esip.portal.flash', JSON.stringify({ id: ticket.id, failed }));
          ctx.navigate('/tickets/' + ticket.id);
        },
      })));
  }

  if (may('evaluate', ['FEEDBACK_SENT'])) {
    add(el, h('section', { class: 'card evaluate' },
      h('h2', null, t('portal.evaluate.title')),
      h('p', { class: 'hint' }, t('portal.evaluate.intro')),
      form({
        fields: [
          { name: 'grade', label: t('portal.grade'), type: 'radio', required: true,
            options: GRADES.map((g) => ({ value: g, label: t('portal.grade.' + g) })) },
          { name: 'comment', label: t('portal.evaluate.comment'), type: 'textarea' }],
        submitLabel: t('portal.evaluate.submit'),
        onSubmit: async (v) => {
          await api('POST', '/tickets/' + ticket.id + '/evaluate', { version: ticket.version, grade: v.grade, comment: v.comment });
          ctx.navigate('/tickets/' + ticket.id);
        },
      })));
  }

  add(el, h('section', { class: 'card attachments' },
    h('h2', null, t('portal.attachments')),
    attachments.length ? h('ul', null, attachments.map((a) => h('li', null,
      h('a', { href: '/api/v1/tickets/' + ticket.id + '/attachments/' + a.id, target: '_blank', rel: 'noopener' }, a.fileName || ('#' + a.id)),
      a.size ? h('span', { class: 'meta' }, ' ', Math.ceil(a.size / 1024), ' KB') : null))) : h('p', { class: 'meta' }, t('common.none')),
    FINISHED.includes(ticket.status) ? null : form({
      fields: [{ name: 'files', label: t('portal.attach.more'), type: 'file', multiple: true, required: true, hint: t('portal.field.files.hint') }],
      submitLabel: t('portal.attach.submit'),
      onSubmit: async (v) => {
        const failed = await uploadAll(ticket.id, v.files || []);
        if (failed.length) {
          throw new ApiError(400, { title: t('portal.file.failed'), errors: failed.map((m) => ({ field: 'files', message: m, messageEn: m })) });
        }
        ctx.navigate('/tickets/' + ticket.id);
      },
    })));
  add(el, h('section', { class: 'card' }, h('h2', null, t('portal.timeline')), timeline(events)));
}

const PROFILE_FIELDS = [
  ['name', 'text', true], ['township', 'text'], ['address', 'text'], ['industryCode', 'text'],
  ['legalRepresentative', 'text'], ['contactPerson', 'text'], ['contactPhone', 'tel'], ['contactEmail', 'email'],
  ['employees', 'number'], ['annualRevenue', 'number'], ['totalAssets', 'number'], ['foundedOn', 'date']];

async function profile(el, params, ctx) {
  const e = await api('GET', '/enterprises/' + ctx.user.enterpriseId);
  const status = h('div');
  add(el, h('h1', null, t('portal.profile')),
    h('section', { class: 'card' }, h('dl', { class: 'kv' },
      h('dt', null, t('portal.profile.creditCode')), h('dd', null, e.creditCode),
      h('dt', null, t('portal.profile.region')), h('dd', null, e.regionCode),
      h('dt', null, t('portal.profile.size')), h('dd', null, e.size ? t('portal.size.' + e.size) : t('portal.size.unknown')),
      e.industryName ? [h('dt', null, t('portal.profile.industryName')), h('dd', null, e.industryName)] : null,
      h('dt', null, t('portal.profile.tags')), h('dd', null, [...e.tags, ...e.freeTags].join('、') || '—'))),
    h('h2', null, t('portal.profile.edit')), status,
    form({
      fields: PROFILE_FIELDS.map(([name, type, required]) => ({ name, type, required, label: t('portal.profile.' + name),
        value: e[name] ?? null, step: name === 'annualRevenue' || name === 'totalAssets' ? 'any' : undefined })),
      submitLabel: t('common.save'),
      onSubmit: async (v) => {
        const body = { version: e.version, creditCode: e.creditCode, regionCode: e.regionCode, sizeOverride: e.sizeOverride,
          qualifications: e.qualifications, tags: e.tags, ...v };
        const saved = await api('PUT', '/enterprises/' + e.id, body);
        e.version = saved.version;
        replace(status, notice('success', t('portal.profile.saved')));
      },
    }));
}

async function inbox(el) {
  const result = await api('GET', '/notifications');
  const items = Array.isArray(result) ? result : (result.items || []);
  add(el, h('h1', null, t('portal.inbox')), h('p', null, h('a', { href: '#/channels' }, t('portal.channels'))));
  if (!items.length) {
    add(el, notice('info', t('portal.inbox.none')));
    return;
  }
  add(el, h('ul', { class: 'list inbox' }, items.map((n) => {
    const unread = !n.readAt;
    const li = h('li', { class: unread ? 'unread' : null, dataset: { notification: n.id } },
      h('div', { class: 'row-title' }, unread ? [badge(t('portal.inbox.new'), 'unread'), ' '] : null, pick(n.titleZh, n.titleEn)),
      h('div', { class: 'meta' }, formatDate(n.createdAt, true)),
      h('p', { class: 'prose' }, pick(n.bodyZh, n.bodyEn)),
      n.ticketId ? h('a', { href: '#/tickets/' + n.ticketId }, t('portal.inbox.ticket', n.ticketId)) : null,
      unread ? h('button', { type: 'button', class: 'mark-read', onclick: async (ev) => {
        try {
          await api('POST', '/notifications/' + n.id + '/read');
          li.classList.remove('unread');
          ev.target.remove();
          const b = li.querySelector('.badge-unread');
          if (b) {
            b.remove();
          }
        } catch (e) {
          li.append(notice('error', problemText(e)));
        }
      } }, t('portal.inbox.markRead')) : null);
    return li;
  })));
}

async function channels(el) {
  const current = await api('GET', '/notifications/channels');
  const status = h('div');
  add(el, h('h1', null, t('portal.channels')), h('p', { class: 'hint' }, t('portal.channels.intro')), status,
    form({
      fields: [
        { name: 'sms', type: 'checkbox', label: t('portal.channels.sms'), value: current.sms !== false },
        { name: 'email', type: 'checkbox', label: t('portal.channels.email'), value: current.email !== false }],
      submitLabel: t('common.save'),
      onSubmit: async (v) => {
        await api('PUT', '/notifications/channels', { sms: v.sms, email: v.email });
        replace(status, notice('success', t('portal.channels.saved')));
      },
    }));
}

mountApp({
  area: 'portal',
  titleKey: 'portal.title',
  bundles: ['portal'],
  requireSignIn: true,
  roles: ['ENTERPRISE'],
  routes: [
    { path: '/', titleKey: 'portal.home', menu: true, render: home },
    { path: '/tickets', titleKey: 'portal.tickets', menu: true, render: tickets },
    { path: '/new/:kind', titleKey: 'portal.new.title', render: newTicket },
    { path: '/tickets/:id', titleKey: 'portal.tickets', render: ticketPage },
    { path: '/inbox', titleKey: 'portal.inbox', menu: true, render: inbox },
    { path: '/profile', titleKey: 'portal.profile', menu: true, render: profile },
    { path: '/channels', titleKey: 'portal.channels', render: channels },
  ],
});
