// The ticket page: the ticket, its deadlines, its whole timeline, and one button per step the server says
// the caller may take now (GET /tickets/{id}/steps). The page never decides the flow itself.
import { api, t, h, label, day, when, fill, form, section, facts, badge, table, uploadRaw, problemText, percent, fieldProblem } from './wb.js';

const GRADES = ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED'];
const CHANNELS = ['ONLINE', 'PHONE', 'WINDOW', 'VISIT', 'EMAIL', 'INSTANT_MESSAGING', 'LETTER'];

const opt = (prefix, values) => values.map((v) => ({ value: v, label: label(prefix, v) }));

/** The fields each step asks for (names as the API's step body names them). */
function stepFields(step, ticket, ctx) {
  switch (step) {
    case 'accept': return [{ name: 'domain', label: t('field.domain'), type: 'select', options: ctx.domains, value: ticket.domain },
      { name: 'remark', label: t('field.remark'), type: 'textarea' }];
    case 'reject': return [{ name: 'reason', label: t('field.rejectReason'), type: 'textarea', required: true }];
    case 'request-info': return [{ name: 'missingItems', label: t('field.missingItems'), type: 'lines', required: true }];
    case 'supply-info': return [{ name: 'description', label: t('field.description'), type: 'textarea', required: true, value: ticket.description }];
    case 'return': return [{ name: 'reason', label: t('field.returnReason'), type: 'textarea', required: true }];
    case 'start': return [{ name: 'remark', label: t('field.agreedScope'), type: 'textarea', required: true }];
    case 'time-requests': return [{ name: 'kind', label: t('field.timeKind'), type: 'select', required: true, options: opt('time', ['EXTENSION', 'DEFERRAL']) },
      { name: 'workingDays', label: t('field.workingDays'), type: 'number', required: true },
      { name: 'reason', label: t('field.reason'), type: 'textarea', required: true }];
    case 'time-decision': return [{ name: 'approve', label: t('field.approve'), type: 'select', required: true, options: [{ value: 'true', label: t('wb.approve') }, { value: 'false', label: t('wb.refuse') }] },
      { name: 'remark', label: t('field.remark'), type: 'textarea' }];
    case 'resolve': return [{ name: 'result', label: t('field.result'), type: 'textarea', required: true },
      { name: 'fee', label: t('field.fee'), type: 'number' }];
    case 'feedback': return [{ name: 'channel', label: t('field.channel'), type: 'select', options: opt('channel', CHANNELS), value: ticket.channel },
      { name: 'remark', label: t('field.remark'), type: 'textarea' }];
    case 'evaluate': return [{ name: 'grade', label: t('field.grade'), type: 'select', required: true, options: opt('grade', GRADES) },
      { name: 'comment', label: t('field.comment'), type: 'textarea' }];
    case 'correction': return [{ name: 'remark', label: t('field.correction'), type: 'textarea', required: true }];
    case 'close': return [{ name: 'remark', label: t('field.remark'), type: 'textarea' }];
    case 'revisits': return [{ name: 'remark', label: t('field.revisit'), type: 'textarea', required: true }];
    case 'merge': return [{ name: 'intoId', label: t('field.intoId'), type: 'number', required: true },
      { name: 'remark', label: t('field.remark'), type: 'textarea' }];
    case 'links': return [{ name: 'otherId', label: t('field.otherId'), type: 'number', required: true },
      { name: 'remark', label: t('field.remark'), type: 'textarea' }];
    case 'attachments': return [{ name: 'file', label: t('field.file'), type: 'file', required: true }];
    default: return [];
  }
}

/** The body a step sends: its fields, the version it was made against, and the API's shapes. */
function stepBody(step, values, ticket) {
  const body = { version: ticket.version };
  for (const [k, v] of Object.entries(values)) {
    if (v === null || v === undefined) continue;
    if (k === 'approve') body.approve = v === 'true';
    else body[k] = v;
  }
  return body;
}

/** The dispatch panel: the server's ranked suggestions with their reasons, each a button; or any assignee. */
async function assignPanel(ticket, done) {
  const panel = h('div', { class: 'wb-assign' });
  let suggestions = [];
  try {
    suggestions = await api('GET', 'tickets/' + ticket.id + '/suggestions?limit=8');
  } catch (e) {
    panel.append(h('p', { class: 'wb-error' }, problemText(e)));
  }
  const error = h('div', { class: 'wb-error', role: 'alert' });
  const remark = h('input', { type: 'text', name: 'assignment.remark', placeholder: t('field.assignRemark') });
  const list = h('ol', { class: 'wb-suggestions' }, ...suggestions.map((s, i) => {
    const go = h('button', { type: 'button', class: 'primary', 'data-assignee': s.kind + ':' + s.id }, t('step.assign.to'));
    go.addEventListener('click', async () => {
      go.disabled = true;
      try {
        await api('POST', 'tickets/' + ticket.id + '/assign', { version: ticket.version,
          assignment: { kind: s.kind, id: s.id, remark: remark.value || null } });
        done();
      } catch (e) {
        error.textContent = problemText(e);
        go.disabled = false;
      }
    });
    const r = s.record || {};
    return h('li', { class: 'wb-suggestion' },
      h('div', { class: 'wb-suggestion-head' }, h('strong', {}, (i + 1) + '. ' + s.name), ' ', badge(label('assignee', s.kind)),
        ' ', badge(t('assign.score') + ' ' + s.score, 'info'), ' ', go),
      h('div', { class: 'wb-muted' }, t('assign.load') + ' ' + s.openLoad + ' · ' + t('record.completionRate') + ' ' + percent(r.completionRate)
        + ' · ' + t('record.onTimeRate') + ' ' + percent(r.onTimeRate) + ' · ' + t('record.meanSatisfaction') + ' ' + (r.meanSatisfaction == null ? '—' : r.meanSatisfaction.toFixed(1))),
      h('ul', { class: 'wb-reasons' }, ...(s.reasons || []).map((x) => h('li', {}, x))));
  }));
  panel.append(h('p', { class: 'wb-muted' }, t('assign.hint')), remark, list, error);
  // Any other assignee: staff, a department by name, or an organisation/expert by id.
  panel.append(h('h3', {}, t('assign.other')), form([
    { name: 'assignment.kind', label: t('field.assigneeKind'), type: 'select', required: true, options: opt('assignee', ['ORGANISATION', 'EXPERT', 'STAFF', 'DEPARTMENT']) },
    { name: 'assignment.id', label: t('field.assigneeId'), type: 'number' },
    { name: 'assignment.name', label: t('field.department'), type: 'text' },
  ], t('step.assign'), async (v) => {
    await api('POST', 'tickets/' + ticket.id + '/assign', { version: ticket.version,
      assignment: { kind: v['assignment.kind'], id: v['assignment.id'], name: v['assignment.name'], remark: remark.value || null } });
    done();
  }, { prefix: 'assign' }));
  return panel;
}

function timeline(events) {
  return h('ol', { class: 'wb-timeline' }, ...events.map((e) => h('li', { 'data-action': e.action },
    h('div', { class: 'wb-tl-head' }, h('strong', {}, label('action', e.action)), ' ',
      e.to && e.from !== e.to ? badge((e.from ? label('status', e.from) + ' → ' : '') + label('status', e.to)) : '',
      h('span', { class: 'wb-muted' }, ' ' + when(e.at) + ' · ' + e.actor + (e.channel ? ' · ' + label('channel', e.channel) : ''))),
    e.remark ? h('div', { class: 'wb-tl-remark' }, e.remark) : '')));
}

export async function renderTicket(el, id, me) {
  fill(el, h('p', { class: 'wb-muted' }, t('wb.loading')));
  const [ticket, steps, events, files] = await Promise.all([
    api('GET', 'tickets/' + id), api('GET', 'tickets/' + id + '/steps'),
    api('GET', 'tickets/' + id + '/timeline'), api('GET', 'tickets/' + id + '/attachments')]);
  let enterprise = null;
  try { enterprise = await api('GET', 'enterprises/' + ticket.enterpriseId); } catch (e) { enterprise = null; }
  let links = [];
  try { links = await api('GET', 'tickets/' + id + '/links'); } catch (e) { links = []; }
  let domains = [];
  try {
    const d = await api('GET', 'service-domains');
    domains = (Array.isArray(d) ? d : (d.items || [])).map((x) => typeof x === 'string' ? { value: x, label: label('domain', x) }
      : { value: x.code || x.name || x.id, label: x.nameZh ? (x.nameZh + ' ' + (x.nameEn || '')) : (x.name || x.code) });
  } catch (e) { domains = []; }
  const reload = () => renderTicket(el, id, me);

  const panel = h('div', { class: 'wb-step-panel' });
  const buttons = h('div', { class: 'wb-steps', role: 'toolbar' }, ...steps.allowedSteps.map((step) => {
    const b = h('button', { type: 'button', class: 'wb-step', 'data-step': step }, t('step.' + step));
    b.addEventListener('click', async () => {
      buttons.querySelectorAll('button').forEach((x) => x.classList.remove('active'));
      b.classList.add('active');
      const title = h('h3', {}, t('step.' + step));
      if (step === 'assign') {
        fill(panel, title, await assignPanel(ticket, reload));
        return;
      }
      const fields = stepFields(step, ticket, { domains });
      const send = async (values) => {
        if (step === 'attachments') {
          const f = values.file;
          if (!f) throw fieldProblem('file', 'attach.choose', 'Choose a file');
          await uploadRaw('tickets/' + ticket.id + '/attachments?filename=' + encodeURIComponent(f.name), f);
        } else if (step === 'decline-revisits') {
          await api('POST', 'tickets/' + ticket.id + '/decline-revisits');
        } else {
          await api('POST', 'tickets/' + ticket.id + '/' + step, stepBody(step, values, ticket));
        }
        reload();
      };
      fill(panel, title, h('p', { class: 'wb-muted' }, t('stephint.' + step)), form(fields, t('wb.confirm') + ' · ' + t('step.' + step), send, { prefix: step }));
      const first = panel.querySelector('input,textarea,select');
      if (first) first.focus();
    });
    return b;
  }));
  if (steps.allowedSteps.length === 0) buttons.append(h('span', { class: 'wb-muted' }, t('steps.none')));

  const a = ticket.assignment;
  const flags = [ticket.overdue ? badge(t('flag.overdue'), 'warn') : '', ticket.problem ? badge(t('flag.problem'), 'danger') : '',
    ticket.pendingRequest ? badge(t('flag.pending'), 'info') : '', ticket.correctionNeeded && !ticket.correctedAt ? badge(t('flag.correction'), 'warn') : ''];
  const head = h('div', { class: 'wb-ticket-head' },
    h('h1', {}, '#' + ticket.id + ' ' + ticket.title),
    h('div', {}, badge(label('status', ticket.status), 'status status-' + ticket.status), ' ', badge(label('kind', ticket.kind)), ' ',
      badge(label('channel', ticket.channel)), ' ', ...flags));

  const details = facts([
    [t('field.enterprise'), enterprise ? enterprise.name + '（' + enterprise.creditCode + '）' : '#' + ticket.enterpriseId],
    [t('field.owner'), ticket.owner],
    [t('field.domain'), label('domain', ticket.domain)],
    ticket.category ? [t('field.category'), ticket.category] : null,
    [t('field.created'), when(ticket.createdAt)],
    [t('field.assignment'), a ? label('assignee', a.kind) + ' ' + (a.name || '') + (ticket.signedAt ? '（' + t('field.signedAt') + ' ' + when(ticket.signedAt) + '）' : '（' + t('field.notSigned') + '）') : null],
    ticket.missingItems && ticket.missingItems.length ? [t('field.missingItems'), ticket.missingItems.join('；')] : null,
    ticket.rejectReason ? [t('field.rejectReason'), ticket.rejectReason] : null,
    ticket.result ? [t('field.result'), ticket.result] : null,
    ticket.fee != null ? [t('field.fee'), ticket.fee] : null,
    ticket.grade ? [t('field.grade'), label('grade', ticket.grade) + (ticket.evaluationComment ? '：' + ticket.evaluationComment : '')] : null,
    ticket.correctedAt ? [t('field.correctedAt'), when(ticket.correctedAt)] : null,
    ticket.pendingRequest ? [t('field.pending'), label('time', ticket.pendingRequest.kind) + ' ' + ticket.pendingRequest.workingDays + ' ' + t('wb.workingDays') + '：' + ticket.pendingRequest.reason + '（' + ticket.pendingRequest.requestedBy + '）'] : null,
    ticket.mergedInto ? [t('field.mergedInto'), h('a', { href: '#/tickets/' + ticket.mergedInto }, '#' + ticket.mergedInto)] : null,
  ]);
  const due = facts([
    [t('due.accept'), day(ticket.acceptDue)], [t('due.offer'), day(ticket.offerDue)], [t('due.handler'), day(ticket.handlerDue)],
    [t('due.resolve'), day(ticket.resolveDue)], [t('due.correction'), day(ticket.correctionDue)],
    ticket.deferredUntil ? [t('due.deferredUntil'), day(ticket.deferredUntil)] : null]);

  const fileList = files.length === 0 ? h('p', { class: 'wb-muted' }, t('wb.empty'))
    : h('ul', { class: 'wb-files' }, ...files.map((f) => h('li', {},
      h('a', { href: '/api/v1/tickets/' + ticket.id + '/attachments/' + f.id, download: f.fileName }, f.fileName),
      h('span', { class: 'wb-muted' }, ' ' + Math.ceil(f.size / 1024) + ' KB · ' + f.uploadedBy + ' · ' + when(f.uploadedAt) + ' · SHA-256 ' + f.sha256.substring(0, 12) + '…'))));
  const linkList = links.length === 0 ? h('p', { class: 'wb-muted' }, t('wb.empty'))
    : h('ul', {}, ...links.map((o) => h('li', {}, h('a', { href: '#/tickets/' + o.id }, '#' + o.id + ' ' + o.title), ' ', badge(label('status', o.status)))));

  let archive = null;
  if (ticket.status === 'CLOSED') {
    try {
      const f = await api('GET', 'tickets/' + ticket.id + '/archive');
      archive = section(t('section.archive'), facts([[t('archive.sealedAt'), when(f.sealedAt)], [t('archive.sealedBy'), f.sealedBy],
        [t('archive.hash'), f.contentHash], [t('archive.retainUntil'), day(f.retainUntil)],
        [t('archive.amendments'), String((f.amendments || []).length)]]),
      h('p', {}, h('a', { href: '/api/v1/tickets/' + ticket.id + '/archive', target: '_blank', rel: 'noopener', class: 'wb-archive-link' }, t('archive.open'))));
    } catch (e) {
      archive = section(t('section.archive'), h('p', { class: 'wb-error' }, problemText(e)));
    }
  }

  fill(el, h('p', {}, h('a', { href: me.provider ? '#/offers' : '#/queues/new' }, '← ' + t('wb.back'))), head,
    section(t('section.steps'), buttons, panel),
    h('div', { class: 'wb-columns' },
      h('div', {}, section(t('section.details'), details), section(t('section.description'), h('p', { class: 'wb-pre' }, ticket.description)),
        section(t('section.attachments'), fileList), section(t('section.links'), linkList), archive),
      h('div', {}, section(t('section.deadlines'), due), section(t('section.timeline'), timeline(events)))));
}

export { table };
