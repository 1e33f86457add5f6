// The training line's workbench pages (web SPI) for staff: courses and sessions (new session form, registrations,
// check-in code, check-in at the door, reminders), and planning (needs by topic and region, indicators).
import { notice, problemText, badge, loading, replace, add } from '/web/common/ui.js';
import { formatDate, pick } from '/web/common/i18n.js';

const BASE = '/lines/training';

export async function render(el, ctx) {
  if (ctx.entry.id === 'planning') {
    return planning(el, ctx);
  }
  return sessions(el, ctx);
}

async function topics(ctx) {
  const list = await ctx.api('GET', BASE + '/courses/topics');
  return list.map((t) => ({ value: t.code, label: pick(t.nameZh, t.nameEn) }));
}

function local(value) {
  // datetime-local gives 2026-12-03T09:30; the platform works in Beijing time.
  return value ? value + ':00+08:00' : null;
}

function list(value) {
  return value ? value.split(/[,，\s]+/).filter(Boolean) : [];
}

async function sessions(el, ctx) {
  const { h, t, api } = ctx;
  const options = await topics(ctx);
  const status = h('div');
  const table = h('div', null, loading());
  const courseForm = ctx.form({
    fields: [
      { name: 'title', label: t('training.course.title'), required: true },
      { name: 'topic', label: t('training.topic'), type: 'select', required: true, options },
      { name: 'summary', label: t('training.course.summary'), type: 'textarea' }],
    submitLabel: t('training.course.create'),
    onSubmit: async (v, form) => {
      const c = await api('POST', BASE + '/courses', v);
      form.reset();
      replace(status, notice('success', t('training.course.created', c.id, c.title)));
    },
  });
  const sessionForm = ctx.form({
    fields: [
      { name: 'courseId', label: t('training.courseId'), type: 'number', required: true },
      { name: 'mode', label: t('training.mode'), type: 'select', required: true,
        options: ['OFFLINE', 'AT_ENTERPRISE', 'ONLINE'].map((m) => ({ value: m, label: t('training.mode.' + m) })) },
      { name: 'speakerKind', label: t('training.speakerKind'), type: 'select', required: true,
        options: ['EXPERT', 'ORGANISATION'].map((m) => ({ value: m, label: t('training.speakerKind.' + m) })) },
      { name: 'speakerId', label: t('training.speakerId'), type: 'number', required: true },
      { name: 'venue', label: t('training.venue') },
      { name: 'park', label: t('training.park') },
      { name: 'hostEnterpriseId', label: t('training.hostEnterpriseId'), type: 'number' },
      { name: 'liveUrl', label: t('training.liveUrl'), type: 'url' },
      { name: 'regionCode', label: t('training.regionCode'), required: true, placeholder: '330302' },
      { name: 'startsAt', label: t('training.startsAt'), type: 'datetime-local', required: true },
      { name: 'endsAt', label: t('training.endsAt'), type: 'datetime-local', required: true },
      { name: 'capacity', label: t('training.capacity'), type: 'number', required: true, min: 1 },
      { name: 'audienceRegions', label: t('training.audienceRegions'), hint: t('training.audience.hint') },
      { name: 'audienceIndustries', label: t('training.audienceIndustries') },
      { name: 'audienceSizes', label: t('training.audienceSizes'), placeholder: 'SMALL, MICRO' }],
    submitLabel: t('training.session.create'),
    onSubmit: async (v) => {
      const body = { ...v, startsAt: local(v.startsAt), endsAt: local(v.endsAt),
        audienceRegions: list(v.audienceRegions), audienceIndustries: list(v.audienceIndustries),
        audienceSizes: list(v.audienceSizes) };
      const s = await api('POST', BASE + '/sessions', body);
      replace(status, notice('success', t('training.session.created', s.id)));
      await reload();
    },
  });
  add(el, h('h1', null, t('training.workbench.title')), status,
    h('details', null, h('summary', null, t('training.course.create')), courseForm),
    h('details', null, h('summary', null, t('training.session.create')), sessionForm),
    h('div', { class: 'actions' }, h('button', { type: 'button', class: 'reminders', onclick: async () => {
      try {
        const r = await api('POST', BASE + '/sessions/reminders');
        replace(status, notice('success', t('training.reminders.done', r.registrations, r.notifications)));
      } catch (e) {
        replace(status, notice('error', problemText(e)));
      }
    } }, t('training.reminders'))),
    table);

  async function reload() {
    const page = await api('GET', BASE + '/sessions?size=100');
    replace(table, h('div', { class: 'table-wrap' }, h('table', { class: 'data' },
      h('thead', null, h('tr', null, ['ID', t('training.course'), t('training.starts'), t('training.mode'),
        t('training.capacity'), t('training.state'), ''].map((x) => h('th', null, x)))),
      h('tbody', null, page.items.map((s) => {
        const detail = h('div');
        return h('tr', { dataset: { session: s.id } }, h('td', null, s.id), h('td', null, s.courseTitle),
          h('td', null, formatDate(s.startsAt)), h('td', null, t('training.mode.' + s.mode)),
          h('td', null, t('training.places', s.confirmed, s.capacity, s.waiting)),
          h('td', null, s.status === 'CANCELLED' ? badge(t('training.cancelled'), 'bad') : badge(t('training.scheduled'), 'good')),
          h('td', null, h('button', { type: 'button', onclick: () => registrations(ctx, s, detail) }, t('training.registrations')),
            ' ', h('button', { type: 'button', onclick: () => checkInCode(ctx, s, detail) }, t('training.checkInCode')), detail));
      })))));
  }
  await reload();
}

async function checkInCode(ctx, s, slot) {
  const { h, t, api } = ctx;
  try {
    const c = await api('GET', BASE + '/sessions/' + s.id + '/check-in-code');
    replace(slot, h('div', { class: 'check-in-code' }, h('p', { class: 'code' }, c.code),
      h('p', null, t('training.checkInUrl'), '：', location.origin + c.checkInUrl),
      h('img', { class: 'check-in-qr', src: c.qrImage, alt: t('training.checkInQr'), width: 240, height: 240 })));
  } catch (e) {
    replace(slot, notice('error', problemText(e)));
  }
}

async function registrations(ctx, s, slot) {
  const { h, t, api } = ctx;
  const regs = await api('GET', BASE + '/sessions/' + s.id + '/registrations');
  const status = h('div');
  replace(slot, status, h('table', { class: 'data' }, h('tbody', null, regs.map((r) => h('tr', null,
    h('td', null, r.attendeeName), h('td', null, r.attendeePhone), h('td', null, t('training.status.' + r.status),
      r.waitingPosition ? ' ' + t('training.position', r.waitingPosition) : ''),
    h('td', null, r.checkedInAt ? t('training.attended') : r.status === 'CONFIRMED'
      ? h('button', { type: 'button', onclick: async () => {
        try {
          await api('POST', BASE + '/registrations/' + r.id + '/check-in');
          replace(status, notice('success', t('training.checkedIn', r.attendeeName)));
        } catch (e) {
          replace(status, notice('error', problemText(e)));
        }
      } }, t('training.checkIn')) : ''))))));
}

function figureRows(ctx, map, label) {
  const { h } = ctx;
  return Object.entries(map).map(([k, f]) => h('tr', null, h('td', null, label(k)), h('td', null, f.sessionsHeld),
    h('td', null, f.attendances), h('td', null, f.attendanceRate ?? '-'), h('td', null, f.satisfaction ?? '-'),
    h('td', null, f.effect ?? '-')));
}

async function planning(el, ctx) {
  const { h, t, api } = ctx;
  const [stats, needs] = await Promise.all([api('GET', BASE + '/statistics'), api('GET', BASE + '/needs/summary')]);
  const head = h('thead', null, h('tr', null, ['training.scope', 'training.held', 'training.attendances',
    'training.attendanceRate', 'training.satisfactionRate', 'training.effect'].map((k) => h('th', null, t(k)))));
  add(el, h('h1', null, t('training.planning.title')),
    h('h2', null, t('training.statistics')),
    h('table', { class: 'data statistics' }, head, h('tbody', null,
      figureRows(ctx, { total: stats.total }, () => t('training.total')),
      figureRows(ctx, stats.byTopic, (k) => t('training.topic.' + k)),
      figureRows(ctx, stats.byRegion, (k) => k))),
    h('h2', null, t('training.needs.summary')),
    h('table', { class: 'data needs' }, h('tbody', null, Object.entries(needs).flatMap(([topic, byRegion]) =>
      Object.entries(byRegion).map(([region, n]) => h('tr', null, h('td', null, t('training.topic.' + topic)),
        h('td', null, region), h('td', null, n)))))));
}
