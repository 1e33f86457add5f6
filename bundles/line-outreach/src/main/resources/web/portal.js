// The outreach line's portal page: the visits to the signed-in user's enterprise and the demands collected on
// them, each with its ticket (the enterprise follows and rates it under 我的诉求).
import { notice, loading, replace, add } from '/web/common/ui.js';

export async function render(el, ctx) {
  const { h, t, api } = ctx;
  add(el, h('h1', null, t('outreach.portal.title')), h('p', { class: 'hint' }, t('outreach.portal.intro')));
  if (!ctx.user.enterpriseId) {
    add(el, notice('warning', t('outreach.portal.noEnterprise')));
    return;
  }
  const body = h('div', null, loading());
  add(el, body);
  const visits = await api('GET', '/lines/outreach/visits');
  replace(body, visits.length === 0 ? notice('info', t('outreach.portal.none'))
    : h('ul', { class: 'list outreach-my-visits' }, visits.map((v) => h('li', null,
      h('div', { class: 'row-title' }, v.visitedOn),
      h('p', null, v.findings),
      h('ul', null, v.demands.map((d) => h('li', null, d.title + ' — ' + (d.ticketId
        ? h('a', { href: '#/tickets/' + d.ticketId }, t('outreach.ticket', d.ticketId))
        : t('outreach.ticket.pending')))))))));
}
