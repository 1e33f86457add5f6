// The training line's portal pages (web SPI): the timetable with registration, the enterprise's registrations
// (cancel, calendar invitation, certificate, evaluation), and training needs / requests for on-site training.
// Everything comes from /api/v1/lines/training, which shows an enterprise user only its own enterprise.
import { notice, problemText, badge, loading, replace, add } from '/web/common/ui.js';
import { formatDate, pick } from '/web/common/i18n.js';
import { idempotencyKey } from '/web/common/api.js';

const BASE = '/lines/training';
const GRADES = ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED'];

export async function render(el, ctx) {
  if (!ctx.user.enterpriseId) {
    add(el, notice('warning', ctx.t('training.noEnterprise')));
    return;
  }
  if (ctx.entry.id === 'my-registrations') {
    return mine(el, ctx);
  }
  if (ctx.entry.id === 'needs') {
    return needs(el, ctx);
  }
  if (ctx.entry.id === 'check-in') {
    return checkIn(el, ctx);
  }
  return timetable(el, ctx);
}

function when(s) {
  return formatDate(s.startsAt) + ' – ' + formatDate(s.endsAt);
}

function place(ctx, s) {
  if (s.mode === 'ONLINE') {
    return ctx.t('training.mode.ONLINE') + (s.liveUrl ? ' · ' + s.liveUrl : '');
  }
  return ctx.t('training.mode.' + s.mode) + ' · ' + [s.park, s.venue].filter(Boolean).join(' ');
}

async function topics(ctx) {
  const list = await ctx.api('GET', BASE + '/courses/topics');
  return list.map((t) => ({ value: t.code, label: pick(t.nameZh, t.nameEn) }));
}

async function timetable(el, ctx) {
  const { h, t, api } = ctx;
  add(el, h('h1', null, t('training.sessions.title')), h('p', { class: 'hint' }, t('training.sessions.intro')));
  const body = h('div', null, loading());
  add(el, body);
  const today = new Date().toISOString().substring(0, 10);
  const page = await api('GET', BASE + '/sessions?size=100&from=' + today);
  const list = h('ul', { class: 'list training-sessions' });
  for (const s of page.items) {
    const slot = h('div');
    const full = s.confirmed >= s.capacity;
    list.append(h('li', { dataset: { session: s.id } },
      h('div', { class: 'row-title' }, s.courseTitle, ' ', badge(t('training.topic.' + s.topic)),
        s.status === 'CANCELLED' ? badge(t('training.cancelled'), 'bad') : null),
      h('p', { class: 'meta' }, when(s), ' · ', place(ctx, s)),
      h('p', { class: 'meta' }, t('training.speaker'), '：', s.speakerName, ' · ',
        t('training.places', s.confirmed, s.capacity, s.waiting), full ? ' · ' + t('training.full') : ''),
      s.status === 'CANCELLED' ? null : h('button', { type: 'button', class: 'primary register',
        onclick: () => replace(slot, registrationForm(ctx, s, slot)) }, full ? t('training.registerWaiting') : t('training.register')),
      slot));
  }
  replace(body, page.items.length ? list : h('p', null, t('training.sessions.none')));
}

function registrationForm(ctx, s, slot) {
  const { t, api } = ctx;
  return ctx.form({
    fields: [
      { name: 'names', label: t('training.attendeeNames'), required: true, hint: t('training.attendeeNames.hint') },
      { name: 'phones', label: t('training.attendeePhones'), required: true, type: 'tel' }],
    submitLabel: t('training.register'),
    fieldOf: (f) => (f && f.endsWith('.name') ? 'names' : f && f.endsWith('.phone') ? 'phones' : f),
    onSubmit: async (v) => {
      const names = (v.names || '').split(/[,，、\s]+/).filter(Boolean);
      const phones = (v.phones || '').split(/[,，、\s]+/).filter(Boolean);
      const attendees = names.map((name, i) => ({ name, phone: phones[i] || null }));
      const made = await api('POST', BASE + '/sessions/' + s.id + '/registrations', { attendees });
      replace(slot, notice('success', made.map((r) => r.attendeeName + '：' + t('training.status.' + r.status)
        + (r.waitingPosition ? ' ' + t('training.position', r.waitingPosition) : '')).join('；')));
    },
  });
}

async function mine(el, ctx) {
  const { h, t, api } = ctx;
  add(el, h('h1', null, t('training.mine.title')));
  const body = h('div', null, loading());
  add(el, body);
  const regs = await api('GET', BASE + '/registrations');
  const sessions = new Map();
  for (const id of [...new Set(regs.map((r) => r.sessionId))]) {
    sessions.set(id, await api('GET', BASE + '/sessions/' + id));
  }
  const rows = regs.map((r) => {
    const s = sessions.get(r.sessionId);
    const status = h('div');
    const ended = new Date(s.endsAt) < new Date();
    return h('tr', { dataset: { registration: r.id } },
      h('td', null, s.courseTitle), h('td', null, formatDate(s.startsAt)), h('td', null, r.attendeeName),
      h('td', null, badge(t('training.status.' + r.status), r.status === 'CONFIRMED' ? 'good' : r.status === 'WAITING' ? 'warn' : null),
        r.waitingPosition ? ' ' + t('training.position', r.waitingPosition) : '', r.checkedInAt ? ' ' + t('training.attended') : ''),
      h('td', null,
        h('a', { href: '/api/v1' + BASE + '/registrations/' + r.id + '/invitation' }, t('training.ics')), ' ',
        r.checkedInAt ? h('a', { href: '/api/v1' + BASE + '/registrations/' + r.id + '/certificate', target: '_blank' }, t('training.certificate')) : null, ' ',
        r.status !== 'CANCELLED' && !ended ? h('button', { type: 'button', class: 'cancel', onclick: async () => {
          try {
            await api('POST', BASE + '/registrations/' + r.id + '/cancel');
            replace(status, notice('success', t('training.cancelledDone')));
          } catch (e) {
            replace(status, notice('error', problemText(e)));
          }
        } }, t('training.cancel')) : null,
        ended && r.status === 'CONFIRMED' ? h('button', { type: 'button', class: 'evaluate',
          onclick: () => replace(status, evaluationForm(ctx, s, status)) }, t('training.evaluate')) : null,
        status));
  });
  replace(body, regs.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'data' },
    h('thead', null, h('tr', null, ['training.course', 'training.starts', 'training.attendee', 'training.state', '']
      .map((k) => h('th', null, k ? t(k) : '')))), h('tbody', null, rows))) : h('p', null, t('training.mine.none')));
}

function evaluationForm(ctx, s, slot) {
  const { t, api } = ctx;
  return ctx.form({
    fields: [
      { name: 'satisfaction', label: t('training.satisfaction'), type: 'radio', required: true,
        options: GRADES.map((g) => ({ value: g, label: t('training.grade.' + g) })) },
      { name: 'effect', label: t('training.effect'), type: 'number', required: true, min: 1, max: 5, hint: t('training.effect.hint') },
      { name: 'comment', label: t('training.comment'), type: 'textarea' }],
    submitLabel: t('training.evaluate'),
    onSubmit: async (v) => {
      await api('POST', BASE + '/sessions/' + s.id + '/evaluations', v);
      replace(slot, notice('success', t('training.evaluated')));
    },
  });
}

async function needs(el, ctx) {
  const { h, t, api } = ctx;
  const options = await topics(ctx);
  const needStatus = h('div');
  const requestStatus = h('div');
  add(el, h('h1', null, t('training.needs.title')), h('p', { class: 'hint' }, t('training.needs.intro')),
    ctx.form({
      fields: [
        { name: 'topic', label: t('training.topic'), type: 'select', required: true, options },
        { name: 'detail', label: t('training.needs.detail'), type: 'textarea', required: true }],
      submitLabel: t('training.needs.submit'),
      onSubmit: async (v, form) => {
        await api('POST', BASE + '/needs', v);
        form.reset();
        replace(needStatus, notice('success', t('training.needs.done')));
      },
    }), needStatus,
    h('h2', null, t('training.request.title')), h('p', { class: 'hint' }, t('training.request.intro')),
    ctx.form({
      fields: [
        { name: 'topic', label: t('training.topic'), type: 'select', required: true, options },
        { name: 'detail', label: t('training.request.detail'), type: 'textarea', required: true },
        { name: 'preferredDate', label: t('training.request.date'), type: 'date' },
        { name: 'expectedAttendees', label: t('training.request.attendees'), type: 'number', min: 1 }],
      submitLabel: t('training.request.submit'),
      onSubmit: async (v) => {
        const r = await api('POST', BASE + '/requests', v, { 'Idempotency-Key': idempotencyKey() });
        replace(requestStatus, notice('success', t('training.request.done', r.ticketId)));
      },
    }), requestStatus);
}

// The page a session's check-in link opens: #/lines/training/check-in/{session}/{code}; the attendee gives its phone.
function checkIn(el, ctx) {
  const { h, t, api } = ctx;
  const [session, code] = (ctx.rest || '').split('/').map((p) => decodeURIComponent(p || ''));
  const status = h('div');
  add(el, h('h1', null, t('training.checkIn.title')), h('p', { class: 'hint' }, t('training.checkIn.intro')),
    ctx.form({
      fields: [
        { name: 'session', label: t('training.checkIn.session'), type: 'number', required: true, value: session || null },
        { name: 'code', label: t('training.checkInCode'), required: true, value: code || null },
        { name: 'phone', label: t('training.attendeePhones'), type: 'tel', required: true }],
      submitLabel: t('training.checkIn'),
      onSubmit: async (v) => {
        const r = await api('POST', BASE + '/sessions/' + v.session + '/check-in', { code: v.code, phone: v.phone });
        replace(status, notice('success', t('training.checkedIn', r.attendeeName)));
      },
    }), status);
}
