// The requests of a county specialty line with their fields (workbench: every enterprise's; portal: the
// enterprise's own, drawn under the form page). Each field is shown with its label as it was when submitted.
export async function requestList(slot, ctx, lineId) {
  const { h, api, t } = ctx;
  const en = document.documentElement.lang === 'en';
  const rows = await api('GET', '/lines/' + lineId + '/requests');
  slot.replaceChildren(rows.length === 0 ? h('p', { class: 'hint' }, t('specialty.none'))
    : h('ul', { class: 'list specialty-request-list' }, rows.map((r) => h('li', null,
      h('div', { class: 'row-title' }, '#' + r.id + ' ' + (en ? r.itemNameEn : r.itemNameZh)),
      h('p', { class: 'meta' }, t('specialty.meta', r.enterpriseId, r.ticketId ?? '—', r.ticketStatus ?? '—',
        new Date(r.createdAt).toLocaleString())),
      h('dl', { class: 'specialty-answers' }, r.answers.flatMap((a) => [
        h('dt', null, en ? a.labelEn : a.labelZh), h('dd', null, String(en ? a.displayEn : a.displayZh))]))))));
}

export async function render(el, ctx) {
  const { h, t } = ctx;
  const slot = h('div');
  el.append(h('h1', null, t('specialty.requests')), slot);
  await requestList(slot, ctx, ctx.entry.lineId);
}
