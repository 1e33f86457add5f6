// Registries (clauses 4.4.2, 6.2, 6.3, 4.2.5): search, edit, the state changes each registry has, import
// with the row report, export. Every rule is the server's; a refusal shows its field messages.
import { api, t, h, label, fill, table, form, section, badge, uploadRaw, fieldProblem, when, pageStand, requestId } from './wb.js';

const yesNo = (v) => v ? t('wb.yes') : t('wb.no');

/** Per registry: list path, search fields, columns, the registration's fields (what PUT takes), editable ones, actions. */
const REGISTRIES = {
  enterprises: {
    path: 'enterprises', search: ['q', 'region', 'industry', 'tag'], importable: true,
    columns: [{ key: 'creditCode', title: 'col.creditCode' }, { key: 'name', title: 'col.name' }, { key: 'regionCode', title: 'col.region' },
      { key: 'industryName', title: 'col.industry' }, { title: 'col.size', render: (r) => label('size', r.size) }, { title: 'col.status', render: (r) => label('entStatus', r.status) }],
    keys: ['creditCode', 'name', 'regionCode', 'township', 'address', 'industryCode', 'legalRepresentative', 'contactPerson', 'contactPhone',
      'contactEmail', 'employees', 'annualRevenue', 'totalAssets', 'foundedOn', 'sizeOverride', 'qualifications', 'tags'],
    edit: ['creditCode', 'name', 'regionCode', 'township', 'address', 'industryCode', 'legalRepresentative', 'contactPerson', 'contactPhone', 'contactEmail',
      ['employees', 'number'], ['annualRevenue', 'number'], ['totalAssets', 'number'], ['foundedOn', 'date']],
    actions: [{ path: 'retire', fields: ['reason'] }],
  },
  organisations: {
    path: 'organisations', search: ['q', 'region', 'domain', 'status'], importable: true,
    columns: [{ key: 'creditCode', title: 'col.creditCode' }, { key: 'name', title: 'col.name' }, { key: 'regionCode', title: 'col.region' },
      { title: 'col.domains', render: (r) => (r.domains || []).map((d) => label('domain', d)).join('、') },
      { title: 'col.status', render: (r) => badge(label('orgStatus', r.status), 'status') }, { key: 'agreementNumber', title: 'col.agreement' }],
    keys: ['creditCode', 'name', 'regionCode', 'address', 'contactPerson', 'contactPhone', 'contactEmail', 'domains', 'qualifications', 'creditGood',
      'creditNote', 'presence', 'allianceMember', 'tags'],
    edit: ['creditCode', 'name', 'regionCode', 'address', 'contactPerson', 'contactPhone', 'contactEmail', ['creditGood', 'checkbox'], 'creditNote', ['allianceMember', 'checkbox']],
    actions: [{ path: 'admit', fields: ['agreementNumber', ['agreementDate', 'date']] }, { path: 'suspend', fields: ['reason'] },
      { path: 'reinstate', fields: ['reason'] }, { path: 'exit', fields: ['reason'] }],
    history: true,
  },
  experts: {
    path: 'experts', search: ['q', 'domain'],
    columns: [{ key: 'name', title: 'col.name' }, { key: 'title', title: 'col.title2' }, { key: 'employer', title: 'col.employer' },
      { title: 'col.domains', render: (r) => (r.domains || []).map((d) => label('domain', d)).join('、') },
      { title: 'col.inPool', render: (r) => yesNo(r.inPool) }],
    keys: ['name', 'idNumber', 'domains', 'title', 'seniorTitle', 'employer', 'phone', 'email', 'volunteer', 'regionCode', 'tags'],
    edit: ['name', 'title', ['seniorTitle', 'checkbox'], 'employer', 'phone', 'email', ['volunteer', 'checkbox'], 'regionCode'],
    actions: [{ path: 'pool/enter', fields: ['reason'] }, { path: 'pool/leave', fields: ['reason'] }],
    history: true,
  },
  staff: {
    path: 'staff', search: ['q', 'post'],
    columns: [{ key: 'name', title: 'col.name' }, { title: 'col.post', render: (r) => label('post', r.post) }, { title: 'col.fullTime', render: (r) => yesNo(r.fullTime) },
      { key: 'phone', title: 'col.phone' }, { title: 'col.active', render: (r) => yesNo(r.active) }],
    keys: ['name', 'post', 'fullTime', 'phone', 'email', 'servicePointIds'],
    edit: ['name', ['fullTime', 'checkbox'], 'phone', 'email'],
    actions: [{ path: 'retire', fields: ['reason'] }],
  },
  'service-points': {
    path: 'service-points', search: ['q', 'region', 'kind'],
    columns: [{ key: 'code', title: 'col.code' }, { key: 'name', title: 'col.name' }, { title: 'col.kind', render: (r) => label('pointKind', r.kind) },
      { key: 'regionCode', title: 'col.region' }, { key: 'address', title: 'col.address' }, { key: 'phone', title: 'col.phone' }],
    keys: ['code', 'name', 'kind', 'regionCode', 'township', 'address', 'phone'],
    edit: ['code', 'name', 'regionCode', 'township', 'address', 'phone'],
    actions: [{ path: 'retire', fields: ['reason'] }],
  },
  tags: {
    path: 'tags', search: [], idKey: 'code',
    columns: [{ key: 'code', title: 'col.code' }, { key: 'nameZh', title: 'col.nameZh' }, { key: 'nameEn', title: 'col.nameEn' },
      { title: 'col.category', render: (r) => r.category }, { title: 'col.retired', render: (r) => yesNo(r.retired) }],
    keys: ['code', 'nameZh', 'nameEn', 'category', 'retired'],
    edit: ['nameZh', 'nameEn', ['retired', 'checkbox']],
    create: ['code', 'nameZh', 'nameEn', 'category'],
    actions: [],
  },
};

const spec = (f) => Array.isArray(f) ? { name: f[0], type: f[1] } : { name: f, type: 'text' };

function fieldsOf(list, record) {
  return list.map(spec).map((f) => ({ ...f, label: t('reg.' + f.name), value: record ? record[f.name] : undefined }));
}

export async function renderRegistry(el, kind) {
  const r = REGISTRIES[kind];
  if (!r) throw new Error(t('wb.notFound'));
  const params = {};
  const list = h('div', { class: 'wb-registry-list' });
  const detail = h('div', { class: 'wb-registry-detail' });
  const load = async (page) => {
    const q = Object.entries(params).filter(([, v]) => v).map(([k, v]) => k + '=' + encodeURIComponent(v)).join('&');
    const data = await api('GET', r.path + '?' + (q ? q + '&' : '') + 'page=' + page + '&size=20');
    const items = Array.isArray(data) ? data : data.items;
    const cols = r.columns.map((c) => ({ ...c, title: t(c.title) }));
    fill(list, table(cols, items, (row) => openRecord(detail, r, row, () => load(page))),
      Array.isArray(data) ? '' : h('div', { class: 'wb-pager' }, pagerButtons(data, load)));
  };
  const searchForm = r.search.length ? form(r.search.map((s) => ({ name: s, label: t('search.' + s) })), t('wb.search'), async (v) => {
    Object.keys(params).forEach((k) => delete params[k]);
    Object.assign(params, v);
    await load(0);
  }, { prefix: 'search-' + kind }) : '';
  if (searchForm) searchForm.classList.add('wb-inline');
  const tools = h('div', { class: 'wb-tools' });
  const newButton = h('button', { type: 'button' }, t('wb.new'));
  newButton.addEventListener('click', () => openNew(detail, r, () => load(0)));
  tools.append(newButton);
  if (r.importable) {
    tools.append(h('a', { class: 'button', href: '/api/v1/' + r.path + '/export?format=xlsx', download: '' }, t('wb.exportXlsx')),
      h('a', { class: 'button', href: '/api/v1/' + r.path + '/export?format=csv', download: '' }, t('wb.exportCsv')));
  }
  fill(el, h('h1', {}, t('registry.' + kind)), searchForm, tools, r.importable ? importPanel(r, () => load(0)) : '', list, detail);
  await load(0);
}

function pagerButtons(page, load) {
  const stand = pageStand(page);
  const prev = h('button', { type: 'button' }, '‹');
  const next = h('button', { type: 'button' }, '›');
  prev.disabled = page.page <= 0;
  next.disabled = !stand.hasNext;
  prev.addEventListener('click', () => load(page.page - 1));
  next.addEventListener('click', () => load(page.page + 1));
  return [prev, h('span', {}, stand.label), next];
}

/**
 * Import: the spreadsheet itself as the body, a dry run first if wished; while it runs its progress is polled
 * (GET …/import/{Import-Id}), then the answer's row report is shown.
 */
function importPanel(r, reload) {
  const report = h('div', { class: 'wb-import-report' });
  const f = form([{ name: 'file', label: t('import.file'), type: 'file', required: true },
    { name: 'dryRun', label: t('import.dryRun'), type: 'checkbox', value: true }], t('import.run'), async (v) => {
    if (!v.file) throw fieldProblem('file', 'attach.choose', 'Choose a file');
    const type = v.file.name.toLowerCase().endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv';
    // The upload waits for the report; meanwhile the import's progress is polled under the id chosen here.
    const id = requestId();
    const progress = h('p', { class: 'wb-import-progress', role: 'status' }, t('import.sending'));
    fill(report, progress);
    let polling = true;
    const poll = async () => {
      while (polling) {
        await new Promise((ok) => setTimeout(ok, 700));
        if (!polling) break;
        try {
          const p = await api('GET', r.path + '/import/' + id);
          if (polling) fill(progress, t('import.phase.' + p.phase, p.checked, p.stored, p.total));
        } catch (e) {
          // not started yet (404) or a passing failure: the report answers in the end
        }
      }
    };
    poll();
    let res;
    try {
      res = await uploadRaw(r.path + '/import' + (v.dryRun ? '?dryRun=true' : ''), v.file, type, { 'Import-Id': id });
    } finally {
      polling = false;
    }
    const b = res.body || {};
    const rows = (b.rows || []).filter((x) => x.outcome !== 'UNCHANGED' || (x.errors && x.errors.length));
    fill(report, h('p', { class: res.status === 422 ? 'wb-error' : 'wb-ok' },
      t(res.status === 422 ? 'import.rejected' : (b.committed ? 'import.committed' : 'import.checked'), b.created || 0, b.updated || 0, b.unchanged || 0, b.rejected || 0)),
    table([{ title: t('import.row'), render: (x) => x.row }, { title: t('import.key'), render: (x) => x.key },
      { title: t('import.outcome'), render: (x) => label('outcome', x.outcome) },
      { title: t('import.errors'), render: (x) => (x.errors || []).map((e) => (e.field ? e.field + '：' : '') + e.message).join('；') }], rows));
    if (b.committed) reload();
  }, { prefix: 'import-' + r.path });
  return h('details', { class: 'wb-import' }, h('summary', {}, t('import.title')), f, report);
}

function body(r, record, values) {
  const out = { version: record ? record.version : undefined };
  for (const k of r.keys) out[k] = record ? record[k] : undefined;
  for (const [k, v] of Object.entries(values)) out[k] = v;
  return out;
}

async function openRecord(detail, r, row, reload) {
  const id = row[r.idKey || 'id'];
  const record = r.idKey ? row : await api('GET', r.path + '/' + id);
  const saved = h('p', { class: 'wb-ok', role: 'status' });
  const edit = form(fieldsOf(r.edit, record), t('wb.save'), async (v) => {
    const updated = await api('PUT', r.path + '/' + encodeURIComponent(id), body(r, record, v));
    saved.textContent = t('wb.saved');
    Object.assign(record, updated);
    reload();
  }, { prefix: 'edit' });
  const actions = r.actions.map((a) => h('details', { class: 'wb-action' }, h('summary', {}, t('action.' + a.path.replace('/', '-'))),
    form(fieldsOf(a.fields, null), t('wb.confirm'), async (v) => {
      const next = await api('POST', r.path + '/' + id + '/' + a.path, { version: record.version, ...v });
      Object.assign(record, next);
      saved.textContent = t('wb.saved');
      reload();
      openRecord(detail, r, record, reload);
    }, { prefix: a.path.replace('/', '-') })));
  let history = '';
  if (r.history) {
    try {
      const hs = await api('GET', r.path + '/' + id + '/history');
      history = section(t('section.history'), h('ul', {}, ...hs.map((x) => h('li', {}, when(x.at) + ' ' + (x.from || '') + ' → ' + (x.to || '') + ' ' + (x.reason || x.remark || '') + ' ' + (x.actor || '')))));
    } catch (e) { history = ''; }
  }
  fill(detail, section((row.name || row.nameZh || row.code) + (record.status ? ' · ' + label('orgStatus', record.status) : ''), saved, edit, ...actions, history));
  detail.scrollIntoView({ block: 'start' });
}

function openNew(detail, r, reload) {
  const fields = r.create || r.edit;
  fill(detail, section(t('wb.new'), form(fieldsOf(fields, null), t('wb.save'), async (v) => {
    const created = await api('POST', r.path, body(r, null, v));
    fill(detail, h('p', { class: 'wb-ok' }, t('wb.created') + ' ' + (created.name || created.code || created.id)));
    reload();
  }, { prefix: 'new' })));
}
