// The volunteer line's portal pages (web SPI): activities offered to enterprises with the service records an
// enterprise rates, and requests for volunteer help. Everything comes from /api/v1/lines/volunteer, which shows an
// enterprise user only its own records and requests.
import { notice, problemText, badge, loading, replace, add } from '/web/common/ui.js';
import { formatDate } from '/web/common/i18n.js';
import { idempotencyKey } from '/web/common/api.js';

const BASE = '/lines/volunteer';

export async function render(el, ctx) {
  if (!ctx.user.enterpriseId) {
    add(el, notice('warning', ctx.t('volunteer.noEnterprise')));
    return;
  }
  if (ctx.entry.id === 'requests') {
    return requests(el, ctx);
  }
  return activities(el, ctx);
}

async function activities(el, ctx) {
  const { h, t, api } = ctx;
  add(el, h('h1', null, t('volunteer.portal.title')), h('p', { class: 'hint' }, t('volunteer.portal.intro')));
  const body = h('div', null, loading());
  add(el, body);
  const [list, records] = await Promise.all([api('GET', BASE + '/activities'),
    api('GET', BASE + '/records?enterpriseId=' + ctx.user.enterpriseId)]);
  const mine = list.filter((a) => (a.beneficiaries || []).includes(ctx.user.enterpriseId));
  const activityList = h('ul', { class: 'list volunteer-activities' }, mine.map((a) => h('li', { dataset: { activity: a.id } },
    h('div', { class: 'row-title' }, a.theme, ' ', badge(t('volunteer.mode.' + a.mode), 'info')),
    h('p', { class: 'meta' }, formatDate(a.startsAt, true), ' – ', formatDate(a.endsAt, true), ' · ',
      a.mode === 'ONLINE' ? a.link : a.place),
    a.description ? h('p', null, a.description) : null)));
  const recordList = h('ul', { class: 'list volunteer-records' }, records.filter((r) => r.status === 'CONFIRMED')
    .map((r) => recordItem(ctx, r)));
  replace(body,
    h('h2', null, t('volunteer.portal.activities', mine.length)),
    mine.length ? activityList : notice('info', t('volunteer.none')),
    h('h2', null, t('volunteer.portal.records')),
    recordList.childNodes.length ? recordList : notice('info', t('volunteer.none')));
}

function recordItem(ctx, r) {
  const { h, t, api } = ctx;
  const li = h('li', { dataset: { record: r.id } },
    h('div', { class: 'row-title' }, r.activityTheme, ' · ', r.volunteerName),
    h('p', { class: 'meta' }, formatDate(r.servedFrom, true), ' · ', t('volunteer.hours', r.hours), ' · ',
      t('volunteer.confirmedBy', r.confirmedBy || '')),
    h('p', null, r.content));
  if (r.evaluation) {
    li.append(h('p', { class: 'meta' }, t('volunteer.rated', t('volunteer.grade.' + r.evaluation.grade)),
      r.evaluation.comment ? ' · ' + r.evaluation.comment : ''));
  } else {
    const f = ctx.form({
      fields: [
        { name: 'grade', label: t('volunteer.grade'), type: 'select', required: true,
          options: ['5', '4', '3', '2', '1'].map((g) => ({ value: g, label: t('volunteer.stars.' + g) })) },
        { name: 'comment', label: t('volunteer.comment'), type: 'textarea', rows: 2 }],
      submitLabel: t('volunteer.rate'),
      onSubmit: async (v) => {
        const rated = await api('POST', BASE + '/records/' + r.id + '/evaluation', v);
        li.replaceWith(recordItem(ctx, rated));
      },
    });
    li.append(f);
  }
  return li;
}

async function requests(el, ctx) {
  const { h, t, api } = ctx;
  add(el, h('h1', null, t('volunteer.request.title')), h('p', { class: 'hint' }, t('volunteer.request.intro')));
  const status = h('div');
  const listBox = h('div', null, loading());
  const key = idempotencyKey();
  const f = ctx.form({
    fields: [
      { name: 'topic', label: t('volunteer.request.topic'), required: true },
      { name: 'description', label: t('volunteer.request.description'), type: 'textarea', required: true },
      { name: 'skills', label: t('volunteer.request.skills'), placeholder: t('volunteer.request.skillsHint') }],
    submitLabel: t('volunteer.request.submit'),
    onSubmit: async (v) => {
      const r = await api('POST', BASE + '/requests', v, { 'Idempotency-Key': key });
      replace(status, notice('success', t('volunteer.request.done', r.id), ' ',
        r.ticketId ? h('a', { href: '/portal/#/tickets/' + r.ticketId }, t('volunteer.seeTicket')) : null));
      await showRequests(ctx, listBox);
    },
  });
  add(el, f, status, h('h2', null, t('volunteer.request.mine')), listBox);
  await showRequests(ctx, listBox);
}

async function showRequests(ctx, box) {
  const { h, t, api } = ctx;
  try {
    const list = await api('GET', BASE + '/requests');
    replace(box, list.length === 0 ? notice('info', t('volunteer.none')) : h('ul', { class: 'list volunteer-requests' },
      list.map((r) => h('li', null, h('div', { class: 'row-title' }, r.topic),
        h('p', { class: 'meta' }, formatDate(r.createdAt, true)),
        r.ticketId ? h('a', { href: '/portal/#/tickets/' + r.ticketId }, t('volunteer.seeTicket')) : null))));
  } catch (e) {
    replace(box, notice('error', problemText(e)));
  }
}
