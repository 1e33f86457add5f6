// The policy line's workbench page (web SPI) for staff: the published policies and, for each, how far its
// pushes got. Publishing answers as soon as the policy and the enterprises it reaches are known; the pushes
// follow in the background, so the page follows them until every one is done.
import { notice, problemText, badge, loading, replace } from '/web/common/ui.js';
import { formatDate } from '/web/common/i18n.js';

const BASE = '/lines/policy';

export async function render(el, ctx) {
  const { h, t, api } = ctx;
  const table = h('div', null, loading());
  el.append(h('h1', null, t('policy.pushes.title')), h('p', { class: 'hint' }, t('policy.pushes.intro')), table);

  async function reload() {
    try {
      const page = await api('GET', BASE + '/policies?status=PUBLISHED&sort=publishedOn&size=50');
      const rows = await Promise.all(page.items.map(async (p) => ({
        p, progress: await api('GET', BASE + '/policies/' + p.id + '/push-progress'),
      })));
      replace(table, rows.length === 0 ? notice('info', t('policy.pushes.none'))
        : h('div', { class: 'table-wrap' }, h('table', { class: 'data push-progress' },
          h('thead', null, h('tr', null, ['ID', t('policy.pushes.policy'), t('policy.pushes.started'),
            t('policy.pushes.progress'), t('policy.pushes.state')].map((x) => h('th', null, x)))),
          h('tbody', null, rows.map(({ p, progress }) => h('tr', { dataset: { policy: p.id } },
            h('td', null, p.id), h('td', null, p.title),
            h('td', null, progress.startedAt ? formatDate(progress.startedAt) : '-'),
            h('td', null, t('policy.pushes.count', progress.pushed, progress.toPush),
              ' ', h('progress', { max: Math.max(1, progress.toPush), value: progress.pushed })),
            h('td', null, !progress.startedAt ? badge(t('policy.pushes.never'), 'neutral')
              : progress.done ? badge(t('policy.pushes.done'), 'good') : badge(t('policy.pushes.running'), 'warn'))))))));
      // Follow the pushes under way until they are done (and stop when the page is left).
      if (rows.some((r) => r.progress.startedAt && !r.progress.done) && el.isConnected) {
        setTimeout(reload, 2000);
      }
    } catch (e) {
      replace(table, notice('error', problemText(e)));
    }
  }
  await reload();
}
