// Calendar import (clause 6.1 a), accounts, and the public site's disclosure content (clause 4.2.6).
import { api, t, h, label, day, when, fill, table, form, section, badge, problemText } from './wb.js';

/** Lines "2026-10-01,HOLIDAY,国庆节" (or tab/；-separated), as the State Council's notice lists the days. */
function parseDays(text) {
  return text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map((l) => {
    const [date, kind, ...name] = l.split(/[,\t;；，]/).map((s) => s.trim());
    return { date, kind: (kind || '').toUpperCase(), name: name.join(' ') || null };
  });
}

export async function renderCalendar(el) {
  const year = new Date().getFullYear();
  const list = h('div', {});
  const show = async (y) => {
    const days = await api('GET', 'calendar/' + y);
    fill(list, h('h2', {}, t('calendar.year', y)), table([{ title: t('calendar.date'), render: (d) => d.date },
      { title: t('calendar.kind'), render: (d) => label('dayKind', d.kind) }, { title: t('calendar.name'), render: (d) => d.name }], days));
  };
  const f = form([{ name: 'year', label: t('calendar.yearField'), type: 'number', required: true, value: year + 1 },
    { name: 'days', label: t('calendar.days'), type: 'textarea', rows: 8, placeholder: '2027-01-01,HOLIDAY,元旦\n2027-02-06,WORKDAY,春节调休上班' },
    { name: 'file', label: t('calendar.file'), type: 'file' }], t('calendar.import'), async (v) => {
    let text = v.days || '';
    if (v.file) text = await v.file.text();
    await api('PUT', 'calendar/' + v.year, parseDays(text));
    await show(v.year);
  }, { prefix: 'calendar' });
  const pick = form([{ name: 'year', label: t('calendar.yearField'), type: 'number', value: year }], t('wb.show'), async (v) => show(v.year), { prefix: 'calendar-show' });
  pick.classList.add('wb-inline');
  fill(el, h('h1', {}, t('menu.calendar')), h('p', { class: 'wb-muted' }, t('calendar.hint')), f, pick, list);
  await show(year);
}

export async function renderAccounts(el) {
  const list = h('div', {});
  const detail = h('div', {});
  const load = async (q) => {
    const page = await api('GET', 'accounts?size=100' + (q ? '&q=' + encodeURIComponent(q) : ''));
    fill(list, table([{ title: t('account.username'), render: (a) => a.username }, { title: t('account.displayName'), render: (a) => a.displayName },
      { title: t('account.roles'), render: (a) => (a.roles || []).map((r) => label('role', r)).join('、') },
      { title: t('account.binding'), render: (a) => a.enterpriseId ? t('account.enterprise') + ' #' + a.enterpriseId : a.organisationId ? t('account.organisation') + ' #' + a.organisationId : a.expertId ? t('account.expert') + ' #' + a.expertId : '' },
      { title: t('account.enabled'), render: (a) => a.enabled ? t('wb.yes') : badge(t('wb.no'), 'warn') }], page.items, (a) => openAccount(detail, a, () => load(q))));
  };
  const search = form([{ name: 'q', label: t('search.q') }], t('wb.search'), async (v) => load(v.q), { prefix: 'acc-search' });
  search.classList.add('wb-inline');
  const roles = ['STAFF', 'ENTERPRISE', 'ORGANISATION', 'EXPERT', 'AUDITOR', 'ADMIN'];
  const create = h('details', { class: 'wb-action' }, h('summary', {}, t('account.new')), form([
    { name: 'username', label: t('account.username'), required: true }, { name: 'displayName', label: t('account.displayName') },
    { name: 'password', label: t('account.password'), type: 'password', required: true },
    { name: 'role', label: t('account.roles'), type: 'select', required: true, options: roles.map((r) => ({ value: r, label: label('role', r) })) },
    { name: 'enterpriseId', label: t('account.enterprise'), type: 'number' }, { name: 'organisationId', label: t('account.organisation'), type: 'number' },
    { name: 'expertId', label: t('account.expert'), type: 'number' }], t('wb.save'), async (v) => {
    const { role, ...rest } = v;
    await api('POST', 'accounts', { ...rest, roles: role ? [role] : [] });
    await load();
  }, { prefix: 'acc-new' }));
  fill(el, h('h1', {}, t('menu.accounts')), search, create, list, detail);
  await load();
}

function openAccount(detail, a, reload) {
  const toggle = h('button', { type: 'button' }, a.enabled ? t('account.disable') : t('account.enable'));
  const msg = h('p', { class: 'wb-error', role: 'alert' });
  toggle.addEventListener('click', async () => {
    try {
      await api('POST', 'accounts/' + a.id + '/' + (a.enabled ? 'disable' : 'enable'));
      reload();
      fill(detail);
    } catch (e) { msg.textContent = problemText(e); }
  });
  fill(detail, section(a.username, toggle, msg, h('details', { class: 'wb-action' }, h('summary', {}, t('account.resetPassword')),
    form([{ name: 'password', label: t('account.password'), type: 'password', required: true }], t('wb.save'), async (v) => {
      await api('POST', 'accounts/' + a.id + '/password', { password: v.password });
      fill(detail, h('p', { class: 'wb-ok' }, t('wb.saved')));
    }, { prefix: 'acc-pw' }))));
}

/**
 * The public site's content that staff maintain (clause 4.2.6): sections (introduction, rules, fees,
 * supervision, contacts) and notices, through GET/PUT/DELETE /disclosure/{key}.
 */
export async function renderContent(el) {
  const list = await api('GET', 'disclosure');
  const detail = h('div', {});
  const edit = (c) => {
    const isNew = !c;
    const fields = [
      isNew ? { name: 'key', label: t('content.key'), required: true, placeholder: 'notice-2027-01' } : null,
      { name: 'kind', label: t('content.kind'), type: 'select', required: true, value: c ? c.kind : 'NOTICE',
        options: ['SECTION', 'NOTICE'].map((k) => ({ value: k, label: label('contentKind', k) })) },
      { name: 'titleZh', label: t('content.titleZh'), required: true, value: c && c.titleZh },
      { name: 'titleEn', label: t('content.titleEn'), value: c && c.titleEn },
      { name: 'bodyZh', label: t('content.bodyZh'), type: 'textarea', rows: 10, value: c && c.bodyZh },
      { name: 'bodyEn', label: t('content.bodyEn'), type: 'textarea', rows: 8, value: c && c.bodyEn },
      { name: 'publishedOn', label: t('content.publishedOn'), type: 'date', value: c && c.publishedOn },
      { name: 'sortOrder', label: t('content.sortOrder'), type: 'number', value: c && c.sortOrder },
    ].filter((f) => f);
    const saved = h('p', { class: 'wb-ok', role: 'status' });
    fill(detail, section(isNew ? t('content.new') : (c.titleZh || c.key), saved, form(fields, t('wb.save'), async (v) => {
      const key = isNew ? v.key : c.key;
      const { key: ignored, ...body } = v;
      const stored = await api('PUT', 'disclosure/' + encodeURIComponent(key || ''), { ...body, version: isNew ? null : c.version });
      saved.textContent = t('wb.saved');
      await renderContent(el);
      edit(stored);
    }, { prefix: 'content' })));
    detail.scrollIntoView({ block: 'start' });
  };
  const add = h('button', { type: 'button' }, t('content.new'));
  add.addEventListener('click', () => edit(null));
  fill(el, h('h1', {}, t('menu.content')), h('p', { class: 'wb-muted' }, t('content.hint')), h('div', { class: 'wb-tools' }, add,
    h('a', { class: 'button', href: '/', target: '_blank', rel: 'noopener' }, t('content.viewSite'))),
  table([{ title: t('content.key'), render: (c) => c.key }, { title: t('content.kind'), render: (c) => label('contentKind', c.kind) },
    { title: t('content.titleZh'), render: (c) => c.titleZh }, { title: t('content.updated'), render: (c) => when(c.updatedAt) + (c.updatedBy ? ' · ' + c.updatedBy : '') }],
  list, (c) => edit(c)), detail);
}
