// The volunteer line's workbench pages (web SPI) for staff: volunteers (list, registration, import), activities
// (list, creation, sign-ups to confirm) and service records (confirmation). Everything comes from
// /api/v1/lines/volunteer, which checks the caller's role.
import { notice, problemText, badge, loading, replace, add } from '/web/common/ui.js';
import { formatDate } from '/web/common/i18n.js';
import { upload } from '/web/common/api.js';

const BASE = '/lines/volunteer';

export async function render(el, ctx) {
  if (ctx.entry.id === 'activities') {
    return activities(el, ctx);
  }
  if (ctx.entry.id === 'records') {
    return records(el, ctx);
  }
  return volunteers(el, ctx);
}

function table(h, headers, rows) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'data' },
    h('thead', null, h('tr', null, headers.map((x) => h('th', null, x)))),
    h('tbody', null, rows)));
}

async function volunteers(el, ctx) {
  const { h, t, api } = ctx;
  const listBox = h('div', null, loading());
  const show = async () => {
    const list = await api('GET', BASE + '/volunteers');
    replace(listBox, table(h, [t('volunteer.name'), t('volunteer.phone'), t('volunteer.skills'), t('volunteer.region'),
      t('volunteer.organisationId')], list.map((v) => h('tr', { dataset: { volunteer: v.id } },
      h('td', null, v.name), h('td', null, v.phone), h('td', null, v.skills.join('；')), h('td', null, v.regionCode),
      h('td', null, v.organisationId ?? '')))));
  };
  const f = ctx.form({
    fields: [
      { name: 'name', label: t('volunteer.name'), required: true },
      { name: 'phone', label: t('volunteer.phone'), type: 'tel', required: true },
      { name: 'regionCode', label: t('volunteer.region'), required: true, placeholder: '330302' },
      { name: 'skills', label: t('volunteer.skills'), placeholder: t('volunteer.request.skillsHint') },
      { name: 'organisationId', label: t('volunteer.organisationId'), type: 'number', value: ctx.user.organisationId },
      { name: 'expertId', label: t('volunteer.expertId'), type: 'number' }],
    submitLabel: t('volunteer.register'),
    onSubmit: async (v) => {
      await api('POST', BASE + '/volunteers', { ...v, skills: v.skills ? v.skills.split(/[；;,，、]/).map((s) => s.trim()).filter(Boolean) : [] });
      f.reset();
      await show();
    },
  });
  const importStatus = h('div');
  const imp = ctx.form({
    fields: [{ name: 'file', label: t('volunteer.import.file'), type: 'file', required: true, accept: '.csv,.xlsx',
      hint: t('volunteer.import.hint') }],
    submitLabel: t('volunteer.import.submit'),
    onSubmit: async (v) => {
      if (!v.file) {
        return;
      }
      const xlsx = v.file.name.toLowerCase().endsWith('.xlsx');
      try {
        const report = await upload(BASE + '/volunteers/import', v.file, { 'Content-Type': xlsx
          ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv' });
        replace(importStatus, notice('success', t('volunteer.import.done', report.created, report.updated, report.unchanged)));
        await show();
      } catch (e) {
        const rows = (e.problem && e.problem.rows) || [];
        replace(importStatus, notice('error', rows.length ? t('volunteer.import.rejected') : problemText(e),
          h('ul', null, rows.filter((r) => r.errors && r.errors.length).map((r) => h('li', null,
            t('volunteer.import.row', r.row), r.errors.map((x) => ' ' + x.field + '：' + x.message).join('；'))))));
      }
    },
  });
  add(el, h('h1', null, t('volunteer.menu.volunteers')), listBox,
    h('h2', null, t('volunteer.register')), f, h('h2', null, t('volunteer.import.title')), imp, importStatus);
  await show();
}

async function activities(el, ctx) {
  const { h, t, api } = ctx;
  const listBox = h('div', null, loading());
  const show = async () => {
    const list = await api('GET', BASE + '/activities');
    replace(listBox, list.length === 0 ? notice('info', t('volunteer.none')) : h('ul', { class: 'list volunteer-activities' },
      list.map((a) => {
        const signups = h('div');
        return h('li', { dataset: { activity: a.id } },
          h('div', { class: 'row-title' }, a.theme, ' ', badge(t('volunteer.mode.' + a.mode), 'info')),
          h('p', { class: 'meta' }, formatDate(a.startsAt, true), ' – ', formatDate(a.endsAt, true), ' · ',
            a.mode === 'ONLINE' ? a.link : a.place),
          h('p', { class: 'meta' }, a.roles.map((r) => r.name + ' ' + r.taken + '/' + r.slots).join('；')),
          h('button', { type: 'button', onclick: () => showSignups(ctx, a, signups) }, t('volunteer.signups')),
          signups);
      })));
  };
  const f = ctx.form({
    fields: [
      { name: 'organisationId', label: t('volunteer.organisationId'), type: 'number', required: !ctx.user.organisationId,
        value: ctx.user.organisationId },
      { name: 'theme', label: t('volunteer.theme'), required: true },
      { name: 'description', label: t('volunteer.description'), type: 'textarea' },
      { name: 'mode', label: t('volunteer.mode'), type: 'select', required: true,
        options: [{ value: 'OFFLINE', label: t('volunteer.mode.OFFLINE') }, { value: 'ONLINE', label: t('volunteer.mode.ONLINE') }] },
      { name: 'place', label: t('volunteer.place') },
      { name: 'link', label: t('volunteer.link'), placeholder: 'https://' },
      { name: 'startsAt', label: t('volunteer.startsAt'), type: 'datetime-local', required: true },
      { name: 'endsAt', label: t('volunteer.endsAt'), type: 'datetime-local', required: true },
      { name: 'roles', label: t('volunteer.roles'), required: true, placeholder: t('volunteer.rolesHint') },
      { name: 'beneficiaries', label: t('volunteer.beneficiaries'), placeholder: '12, 15' }],
    submitLabel: t('volunteer.createActivity'),
    onSubmit: async (v) => {
      const at = (s) => (s ? new Date(s).toISOString() : null);
      const roles = (v.roles || '').split(/[；;]/).map((s) => s.trim()).filter(Boolean).map((s) => {
        const [name, slots] = s.split(/[:：]/);
        return { name: (name || '').trim(), slots: slots ? Number(slots) : null };
      });
      const beneficiaries = (v.beneficiaries || '').split(/[,，\s]+/).filter(Boolean).map(Number);
      await api('POST', BASE + '/activities', { ...v, startsAt: at(v.startsAt), endsAt: at(v.endsAt), roles, beneficiaries,
        place: v.place, link: v.link });
      f.reset();
      await show();
    },
  });
  add(el, h('h1', null, t('volunteer.menu.activities')), listBox, h('h2', null, t('volunteer.createActivity')), f);
  await show();
}

async function showSignups(ctx, activity, box) {
  const { h, t, api } = ctx;
  try {
    const list = await api('GET', BASE + '/activities/' + activity.id + '/signups');
    const decide = async (s, action) => {
      try {
        await api('POST', BASE + '/signups/' + s.id + '/' + action, action === 'reject' ? { note: t('volunteer.rejectNote') } : {});
        await showSignups(ctx, activity, box);
      } catch (e) {
        add(box, notice('error', problemText(e)));
      }
    };
    const recordBox = h('div');
    const recordForm = (s) => ctx.form({
      fields: [
        { name: 'hours', label: t('volunteer.hoursLabel') + ' ≤ ' + activity.lengthHours, type: 'number', required: true,
          step: '0.25', min: '0.25', max: String(activity.lengthHours) },
        { name: 'content', label: t('volunteer.content'), type: 'textarea', required: true, rows: 2 },
        { name: 'enterpriseId', label: t('volunteer.servedEnterprise'), type: 'select',
          options: (activity.beneficiaries || []).map((id) => ({ value: String(id), label: '#' + id })) }],
      submitLabel: t('volunteer.writeRecord'),
      onSubmit: async (v) => {
        await api('POST', BASE + '/activities/' + activity.id + '/records', { volunteerId: s.volunteerId, hours: v.hours,
          content: v.content, enterpriseId: v.enterpriseId ? Number(v.enterpriseId) : null });
        replace(recordBox, notice('success', t('volunteer.recordWritten', s.volunteerName)));
      },
    });
    replace(box, list.length === 0 ? notice('info', t('volunteer.none')) : table(h,
      [t('volunteer.name'), t('volunteer.role'), t('volunteer.status'), ''],
      list.map((s) => h('tr', null, h('td', null, s.volunteerName), h('td', null, s.roleName),
        h('td', null, t('volunteer.signup.' + s.status)),
        h('td', null, s.status === 'PENDING' ? [
          h('button', { type: 'button', class: 'primary', onclick: () => decide(s, 'confirm') }, t('volunteer.confirm')), ' ',
          h('button', { type: 'button', onclick: () => decide(s, 'reject') }, t('volunteer.reject'))]
          : s.status === 'CONFIRMED' ? h('button', { type: 'button', onclick: () => replace(recordBox,
            h('h3', null, t('volunteer.writeRecord'), ' · ', s.volunteerName), recordForm(s)) }, t('volunteer.writeRecord'))
            : '')))), recordBox);
  } catch (e) {
    replace(box, notice('error', problemText(e)));
  }
}

async function records(el, ctx) {
  const { h, t, api } = ctx;
  const listBox = h('div', null, loading());
  const show = async () => {
    const list = await api('GET', BASE + '/records');
    replace(listBox, list.length === 0 ? notice('info', t('volunteer.none')) : table(h,
      [t('volunteer.theme'), t('volunteer.name'), t('volunteer.hoursLabel'), t('volunteer.content'), t('volunteer.status'), ''],
      list.map((r) => h('tr', { dataset: { record: r.id } }, h('td', null, r.activityTheme), h('td', null, r.volunteerName),
        h('td', null, String(r.hours)), h('td', null, r.content), h('td', null, t('volunteer.record.' + r.status)),
        h('td', null, r.status === 'DRAFT' ? h('button', { type: 'button', class: 'primary', onclick: async () => {
          try {
            await api('POST', BASE + '/records/' + r.id + '/confirm', { version: r.version });
            await show();
          } catch (e) {
            add(listBox, notice('error', problemText(e)));
          }
        } }, t('volunteer.confirm')) : (r.confirmedBy || ''))))));
  };
  add(el, h('h1', null, t('volunteer.menu.records')), h('p', { class: 'hint' }, t('volunteer.records.intro')), listBox);
  await show();
}
