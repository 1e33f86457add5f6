// The consulting line's workbench page (web SPI): introductions (对接) and their outcome, recorded by staff.
import { notice, problemText, badge, loading, replace, add, form } from '/web/common/ui.js';
import { formatDate } from '/web/common/i18n.js';

const BASE = '/lines/consulting';

export async function render(el, ctx) {
  const { h, t, api } = ctx;
  add(el, h('h1', null, t('consulting.introductions.title')));
  const list = h('div', null, loading());
  const staff = (ctx.user.roles || []).some((r) => r === 'STAFF' || r === 'ADMIN');
  async function reload() {
    const all = await api('GET', BASE + '/introductions');
    replace(list, all.length === 0 ? h('p', { class: 'hint' }, t('consulting.none'))
      : h('ul', { class: 'list consulting-introductions' }, all.map((i) => {
        const slot = h('div');
        return h('li', { dataset: { introduction: i.id } },
          h('div', { class: 'row-title' }, i.supplyTitle, ' ⇄ ', i.demandTitle, ' ',
            badge(t('consulting.outcome.' + i.outcome), i.outcome === 'SIGNED' ? 'good' : i.outcome === 'NO_DEAL' ? 'bad' : 'warn')),
          h('p', { class: 'meta' }, formatDate(i.createdAt, true),
            i.amount != null ? ' · ' + i.amount + ' ' + t('consulting.yuan') : '', i.reason ? ' · ' + i.reason : ''),
          staff && i.outcome === 'PENDING' ? h('details', null, h('summary', null, t('consulting.recordOutcome')),
            form({
              fields: [
                { name: 'outcome', label: t('consulting.field.outcome'), type: 'radio', value: 'SIGNED', required: true,
                  options: ['SIGNED', 'NO_DEAL'].map((o) => ({ value: o, label: t('consulting.outcome.' + o) })) },
                { name: 'amount', label: t('consulting.field.amount'), type: 'number', min: 0 },
                { name: 'reason', label: t('consulting.field.reason') }],
              onSubmit: async (v) => {
                await api('POST', BASE + '/introductions/' + i.id + '/outcome', { ...v, version: i.version });
                await reload();
              }
            })) : null,
          slot);
      })));
  }
  add(el, list);
  try {
    await reload();
  } catch (e) {
    replace(list, notice('error', problemText(e)));
  }
}
