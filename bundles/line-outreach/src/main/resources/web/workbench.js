// The outreach line's workbench pages (web SPI): campaign list with the form of a new campaign, and a campaign's
// page with its targets (and why each was chosen), visit plans, visits, the visit record form and the results
// per township service centre. Everything comes from /api/v1/lines/outreach, which checks roles.
import { notice, badge, loading, replace, add, form } from '/web/common/ui.js';

const BASE = '/lines/outreach';

const ids = (text) => (text || '').split(/[,，\s]+/).filter((s) => s !== '').map(Number);

export async function render(el, ctx) {
  return list(el, ctx);
}

async function list(el, ctx) {
  const { h, t, api } = ctx;
  replace(el, h('h1', null, t('outreach.campaigns.title')), h('p', { class: 'hint' }, t('outreach.campaigns.intro')));
  const body = h('div', null, loading());
  add(el, body);
  const campaigns = await api('GET', BASE + '/campaigns');
  replace(body, campaigns.length === 0 ? notice('info', t('outreach.campaigns.none'))
    : h('div', { class: 'table-wrap' }, h('table', { class: 'data outreach-campaigns' },
      h('thead', null, h('tr', null, ['theme', 'period', 'targets'].map((k) => h('th', null, t('outreach.col.' + k))))),
      h('tbody', null, campaigns.map((c) => h('tr', { dataset: { id: c.id } },
        h('td', null, h('a', { href: '#', onclick: (e) => { e.preventDefault(); campaign(el, ctx, c.id); } }, c.theme)),
        h('td', null, c.startsOn + ' ~ ' + c.endsOn),
        h('td', null, String(c.targets))))))));
  if (!ctx.user.roles.includes('STAFF') && !ctx.user.roles.includes('ADMIN')) {
    return;
  }
  add(el, h('h2', null, t('outreach.campaign.new')), form({
    fields: [
      { name: 'theme', label: t('outreach.f.theme'), required: true, placeholder: '数字化改造进园区' },
      { name: 'description', label: t('outreach.f.description'), type: 'textarea' },
      { name: 'startsOn', label: t('outreach.f.startsOn'), type: 'date', required: true },
      { name: 'endsOn', label: t('outreach.f.endsOn'), type: 'date', required: true },
      { name: 'regionPrefix', label: t('outreach.f.regionPrefix'), placeholder: '330304' },
      { name: 'industryPrefix', label: t('outreach.f.industryPrefix'), placeholder: 'C38' },
      { name: 'size', label: t('outreach.f.size'), type: 'select',
        options: ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'].map((s) => ({ value: s, label: t('outreach.size.' + s) })) },
      { name: 'tag', label: t('outreach.f.tag') },
      { name: 'staffIds', label: t('outreach.f.staffIds'), required: true, hint: t('outreach.f.idsHint') },
      { name: 'organisationIds', label: t('outreach.f.organisationIds'), hint: t('outreach.f.idsHint') },
      { name: 'expertIds', label: t('outreach.f.expertIds'), hint: t('outreach.f.idsHint') },
      { name: 'servicePointIds', label: t('outreach.f.servicePointIds'), hint: t('outreach.f.idsHint') }],
    submitLabel: t('outreach.campaign.create'),
    onSubmit: async (v) => {
      const c = await api('POST', BASE + '/campaigns', { ...v, staffIds: ids(v.staffIds),
        organisationIds: ids(v.organisationIds), expertIds: ids(v.expertIds), servicePointIds: ids(v.servicePointIds) });
      await campaign(el, ctx, c.id);
    },
  }));
}

async function campaign(el, ctx, id) {
  const { h, t, api } = ctx;
  replace(el, loading());
  const c = BASE + '/campaigns/' + id;
  const [camp, targets, plans, visits, results] = await Promise.all([api('GET', c), api('GET', c + '/targets'),
    api('GET', c + '/plans'), api('GET', c + '/visits'), api('GET', c + '/results')]);
  const staff = ctx.user.roles.includes('STAFF') || ctx.user.roles.includes('ADMIN');
  replace(el,
    h('p', null, h('a', { href: '#', onclick: (e) => { e.preventDefault(); list(el, ctx); } }, t('outreach.back'))),
    h('h1', null, camp.theme),
    h('p', { class: 'meta' }, camp.startsOn + ' ~ ' + camp.endsOn),
    camp.description ? h('p', null, camp.description) : null,
    h('h2', null, t('outreach.results.title')),
    h('ul', { class: 'list outreach-results' },
      ['targets', 'planned', 'visitedPlanned', 'enterprisesVisited', 'visits', 'demands', 'resolved', 'rated'].map((k) =>
        h('li', null, t('outreach.results.' + k) + '：' + results[k])),
      h('li', null, t('outreach.results.satisfactionRate') + '：' + (results.satisfactionRate == null ? '—' : results.satisfactionRate + '%'))),
    h('h3', null, t('outreach.results.byPoint')),
    h('div', { class: 'table-wrap' }, h('table', { class: 'data outreach-points' },
      h('thead', null, h('tr', null, ['point', 'visits', 'demands', 'resolved'].map((k) => h('th', null, t('outreach.col.' + k))))),
      h('tbody', null, results.byServicePoint.map((p) => h('tr', null, h('td', null, p.name || t('outreach.point.none')),
        h('td', null, String(p.visits)), h('td', null, String(p.demands)), h('td', null, String(p.resolved))))))),
    h('h2', null, t('outreach.targets.title')),
    h('div', { class: 'table-wrap' }, h('table', { class: 'data outreach-targets' },
      h('thead', null, h('tr', null, ['enterprise', 'reason'].map((k) => h('th', null, t('outreach.col.' + k))))),
      h('tbody', null, targets.map((x) => h('tr', null, h('td', null, x.enterpriseName), h('td', null, x.reason)))))),
    h('h2', null, t('outreach.plans.title')),
    h('div', { class: 'table-wrap' }, h('table', { class: 'data outreach-plans' },
      h('thead', null, h('tr', null, ['id', 'enterprise', 'plannedOn', 'status'].map((k) => h('th', null, t('outreach.col.' + k))))),
      h('tbody', null, plans.map((p) => h('tr', null, h('td', null, String(p.id)), h('td', null, p.enterpriseName),
        h('td', null, p.plannedOn), h('td', null, p.visited ? badge(t('outreach.plan.visited'), 'good')
          : badge(t('outreach.plan.open'), 'warn'))))))),
    h('h2', null, t('outreach.visits.title')),
    h('ul', { class: 'list outreach-visits' }, visits.map((v) => h('li', null,
      h('div', { class: 'row-title' }, v.enterpriseName + ' · ' + v.visitedOn),
      h('p', null, v.findings),
      h('ul', null, v.demands.map((d) => h('li', null, d.title + ' — ' + (d.ticketId
        ? h('a', { href: '/workbench/#/tickets/' + d.ticketId }, t('outreach.ticket', d.ticketId))
        : t('outreach.ticket.pending')))))))));
  if (!staff) {
    return;
  }
  add(el, h('h2', null, t('outreach.plan.new')), form({
    fields: [
      { name: 'enterpriseId', label: t('outreach.f.enterpriseId'), type: 'select', required: true,
        options: targets.map((x) => ({ value: String(x.enterpriseId), label: x.enterpriseName })) },
      { name: 'plannedOn', label: t('outreach.f.plannedOn'), type: 'date', required: true },
      { name: 'visitorIds', label: t('outreach.f.visitorIds'), required: true, hint: t('outreach.f.idsHint') },
      { name: 'servicePointId', label: t('outreach.f.servicePointId'), type: 'number' }],
    submitLabel: t('outreach.plan.create'),
    onSubmit: async (v) => {
      await api('POST', c + '/plans', { ...v, enterpriseId: Number(v.enterpriseId), visitorIds: ids(v.visitorIds) });
      await campaign(el, ctx, id);
    },
  }));
  add(el, h('h2', null, t('outreach.visit.new')), form({
    fields: [
      { name: 'planId', label: t('outreach.f.planId'), type: 'select', required: true,
        options: plans.map((p) => ({ value: String(p.id), label: p.enterpriseName + ' · ' + p.plannedOn })) },
      { name: 'visitedOn', label: t('outreach.f.visitedOn'), type: 'date', required: true },
      { name: 'visitorIds', label: t('outreach.f.visitorIds'), hint: t('outreach.f.visitorsFromPlan') },
      { name: 'findings', label: t('outreach.f.findings'), type: 'textarea', required: true },
      { name: 'demands', label: t('outreach.f.demands'), type: 'textarea', hint: t('outreach.f.demandsHint') }],
    submitLabel: t('outreach.visit.create'),
    onSubmit: async (v) => {
      const demands = (v.demands || '').split('\n').map((line) => line.trim()).filter((line) => line !== '')
        .map((line) => { const [title, ...rest] = line.split(/[:：]/); return { title: title.trim(), description: (rest.join('：') || title).trim() }; });
      await api('POST', c + '/visits', { planId: Number(v.planId), visitedOn: v.visitedOn, findings: v.findings,
        visitorIds: ids(v.visitorIds), demands });
      await campaign(el, ctx, id);
    },
  }));
}
