// The generic form page of a county specialty line (portal): the line's definition (GET /lines/<id>/definition)
// says which items it offers and which fields each item's form asks; the page draws the chosen item's form from it,
// submits it (POST /lines/<id>/requests) and lists the enterprise's own requests below.
import { notice } from '/web/common/ui.js';
import { requestList } from './requests.js';

function fieldsOf(item, en) {
  return item.fields.map((f) => {
    const label = en ? f.labelEn : f.labelZh;
    const base = { name: f.name, label, required: f.required };
    switch (f.type) {
      case 'NUMBER': return { ...base, type: 'number', min: f.min ?? undefined, max: f.max ?? undefined, step: 'any' };
      case 'DATE': return { ...base, type: 'date' };
      case 'BOOLEAN': return { ...base, type: 'checkbox' };
      case 'CHOICE': return { ...base, type: 'select', options: f.options.map((o) => ({ value: o.value, label: en ? o.labelEn : o.labelZh })) };
      default: return { ...base, type: (f.maxLength || 0) > 200 ? 'textarea' : 'text' };
    }
  });
}

export async function render(el, ctx) {
  const { h, api, t } = ctx;
  const lineId = ctx.entry.lineId;
  const en = document.documentElement.lang === 'en';
  const d = await api('GET', '/lines/' + lineId + '/definition');
  const formSlot = h('div', { class: 'specialty-form' });
  const listSlot = h('div', { class: 'specialty-requests' });
  const choose = (item) => {
    formSlot.replaceChildren(
      h('h2', null, en ? item.nameEn : item.nameZh),
      h('p', { class: 'hint' }, en ? item.descriptionEn : item.descriptionZh),
      ctx.form({
        fields: fieldsOf(item, en),
        submitLabel: t('specialty.submit'),
        fieldOf: (f) => (f && f.startsWith('values.') ? f.substring(7) : f),
        onSubmit: async (values) => {
          const created = await api('POST', '/lines/' + lineId + '/requests', { item: item.code, values });
          formSlot.replaceChildren(notice('success', t('specialty.submitted', created.id, created.ticketId)));
          await requestList(listSlot, ctx, lineId);
        },
      }));
  };
  el.append(
    h('h1', null, en ? d.nameEn : d.nameZh),
    h('p', { class: 'hint' }, en ? d.descriptionEn : d.descriptionZh),
    h('ul', { class: 'list specialty-items' }, d.items.map((item) => h('li', null,
      h('div', { class: 'row-title' }, en ? item.nameEn : item.nameZh),
      h('p', null, en ? item.descriptionEn : item.descriptionZh),
      h('button', { type: 'button', onclick: () => choose(item) }, t('specialty.apply'))))),
    formSlot,
    h('h2', null, t('specialty.mine')),
    listSlot);
  await requestList(listSlot, ctx, lineId);
}
