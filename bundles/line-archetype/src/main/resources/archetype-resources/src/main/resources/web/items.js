// ${lineNameZh} (${lineNameEn}): the line's page in the enterprise portal. The platform calls
// render(el, ctx) with ctx.h (make elements), ctx.api (the REST API under /api/v1, signed in), ctx.t (this
// line's texts) and ctx.user. No inline scripts or styles: the platform's Content-Security-Policy forbids them.
export async function render(el, ctx) {
  const { h, api, t } = ctx;
  const items = await api('GET', '/lines/${lineId}/items');
  const en = document.documentElement.lang === 'en';
  el.append(
    h('h1', null, t('line.title')),
    h('ul', { class: 'list' }, items.map((v) => h('li', null,
      h('div', { class: 'row-title' }, en ? v.item.nameEn : v.item.nameZh),
      h('p', null, en ? v.item.descriptionEn : v.item.descriptionZh)))));
}
