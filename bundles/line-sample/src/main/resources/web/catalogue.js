// The sample line's one page: its catalogue, from its own public REST resource. A line's module exports
// render(el, ctx); ctx gives the platform's helpers (h, api, t, form, navigate) and the signed-in user.
export async function render(el, ctx) {
  const { h, api, t } = ctx;
  const items = await api('GET', '/lines/sample/catalogue');
  const en = document.documentElement.lang === 'en';
  el.append(
    h('h1', null, t('sample.title')),
    h('p', { class: 'hint' }, t('sample.intro')),
    h('ul', { class: 'list sample-catalogue' }, items.map((v) => h('li', null,
      h('div', { class: 'row-title' }, en ? v.item.nameEn : v.item.nameZh),
      h('p', null, en ? v.item.descriptionEn : v.item.descriptionZh),
      h('p', { class: 'meta' }, t('sample.views', v.views))))));
}
