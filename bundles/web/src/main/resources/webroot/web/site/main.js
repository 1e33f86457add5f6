// The public site (clause 4.2.6): no sign-in. What the platform is and offers, the service procedure of
// Appendix A, fees, service points, complaint and supervision channels, news, and the published policies
// with search. Texts staff maintain come from GET /api/v1/disclosure; nothing here is hard-coded content.
import { mountApp, h, notice, replace, loading, problemText, add } from '../common/ui.js';
import { t, pick, formatDate } from '../common/i18n.js';
import { api, ApiError } from '../common/api.js';

const FLOW_STEPS = 11;

function sectionNav() {
  return h('nav', { class: 'section-nav', 'aria-label': t('site.sections') },
    [['lines', 'site.lines'], ['flow', 'site.flow'], ['policies', 'site.policies'], ['notices', 'site.notices'],
      ['points', 'site.points'], ['fees', 'site.fees'], ['supervision', 'site.supervision']]
      .map(([id, key]) => h('a', { href: '#/section/' + id }, t(key))));
}

function prose(text) {
  return h('div', { class: 'prose' }, text || '');
}

function sectionCard(id, titleText, ...content) {
  return h('section', { class: 'card', id: 'section-' + id, dataset: { section: id } }, h('h2', null, titleText), ...content);
}

function disclosed(sections, key) {
  const s = sections.find((x) => x.key === key);
  return s ? { title: pick(s.titleZh, s.titleEn), body: pick(s.bodyZh, s.bodyEn) } : null;
}

function flow() {
  const steps = [];
  for (let i = 1; i <= FLOW_STEPS; i++) {
    steps.push(h('li', { dataset: { step: i } },
      h('span', { class: 'step-title' }, t('site.flow.' + i)),
      h('span', { class: 'step-note' }, ' ', t('site.flow.' + i + '.note')),
      i === 4 ? h('span', { class: 'branch' }, t('site.flow.branch')) : null));
  }
  return h('ol', { class: 'flow', 'aria-label': t('site.flow') }, steps);
}

function linesSection(lines) {
  if (lines.length === 0) {
    return notice('info', t('site.lines.none'));
  }
  return h('div', { class: 'cards lines' }, lines.map((l) => h('article', { class: 'card line', dataset: { line: l.id } },
    h('h3', null, pick(l.nameZh, l.nameEn)),
    h('ul', { class: 'catalogue' }, l.catalogue.map((item) => h('li', null,
      h('strong', null, pick(item.nameZh, item.nameEn)), h('br'),
      h('span', { class: 'meta' }, pick(item.descriptionZh, item.descriptionEn))))))));
}

function pointsTable(points) {
  if (points.length === 0) {
    return h('p', { class: 'meta' }, t('common.none'));
  }
  return h('div', { class: 'table-wrap' }, h('table', { class: 'data points' },
    h('thead', null, h('tr', null, ['site.point.name', 'site.point.kind', 'site.point.address', 'site.point.phone']
      .map((k) => h('th', null, t(k))))),
    h('tbody', null, points.map((p) => h('tr', null,
      h('td', null, p.name), h('td', null, t('site.pointKind.' + p.kind)),
      h('td', null, [p.township, p.address].filter(Boolean).join(' ')),
      h('td', null, p.phone ? h('a', { href: 'tel:' + p.phone }, p.phone) : ''))))));
}

function policyItem(p) {
  return h('li', { dataset: { policy: p.id } }, h('a', { class: 'row-link', href: '#/policies/' + p.id },
    h('div', { class: 'row-title' }, p.title),
    h('div', { class: 'meta' }, [p.documentNumber, p.issuer, formatDate(p.publishedOn)].filter(Boolean).join(' · '))));
}

function policySearch(initial) {
  const input = h('input', { type: 'search', name: 'q', value: initial || '', 'aria-label': t('site.policies.search'),
    placeholder: t('site.policies.placeholder') });
  return h('form', { class: 'searchbar', role: 'search', onsubmit: (e) => {
    e.preventDefault();
    location.hash = '#/policies?q=' + encodeURIComponent(input.value.trim());
  } }, input, h('button', { type: 'submit', class: 'primary' }, t('common.search')));
}

async function optional(path, fallback) {
  try {
    return await api('GET', path);
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 401 || e.status === 403)) {
      return fallback;
    }
    throw e;
  }
}

async function home(el, params, ctx) {
  const [sections, notices, lines, points, latest] = await Promise.all([
    api('GET', '/disclosure?kind=SECTION'), api('GET', '/disclosure?kind=NOTICE'), api('GET', '/service-lines'),
    api('GET', '/service-points?size=200'), optional('/lines/policy/policies/latest?size=5', null)]);
  const intro = disclosed(sections, 'introduction');
  const fees = disclosed(sections, 'fees');
  const rules = disclosed(sections, 'rules');
  const supervision = disclosed(sections, 'supervision');
  const contacts = disclosed(sections, 'contacts');
  const activePoints = (Array.isArray(points) ? points : points.items || []).filter((p) => p.active !== false);
  add(el, 
    h('div', { class: 'hero' },
      h('h1', null, pick(ctx.platform.displayName, ctx.platform.displayNameEn)),
      h('p', null, t('site.tagline')),
      h('a', { class: 'cta', href: '/portal/' }, t('site.toPortal'))),
    sectionNav(),
    intro ? sectionCard('introduction', intro.title, prose(intro.body)) : null,
    sectionCard('lines', t('site.lines'), h('p', { class: 'hint' }, t('site.lines.intro')), linesSection(lines)),
    sectionCard('flow', t('site.flow'), h('p', { class: 'hint' }, t('site.flow.intro')), flow(),
      rules ? h('details', null, h('summary', null, rules.title), prose(rules.body)) : null),
    latest === null ? null : sectionCard('policies', t('site.policies'), policySearch(''),
      latest.length ? h('ul', { class: 'list' }, latest.map(policyItem)) : h('p', { class: 'meta' }, t('common.none')),
      h('p', null, h('a', { href: '#/policies' }, t('site.policies.all')))),
    sectionCard('notices', t('site.notices'), notices.length === 0 ? h('p', { class: 'meta' }, t('common.none'))
      : h('ul', { class: 'list notices' }, notices.slice(0, 8).map((n) => h('li', { dataset: { notice: n.key } },
        h('a', { class: 'row-link', href: '#/notices/' + n.key }, h('div', { class: 'row-title' }, pick(n.titleZh, n.titleEn)),
          h('div', { class: 'meta' }, formatDate(n.publishedOn))))))),
    sectionCard('points', t('site.points'), contacts ? prose(contacts.body) : null, pointsTable(activePoints)),
    fees ? sectionCard('fees', fees.title, prose(fees.body)) : null,
    supervision ? sectionCard('supervision', supervision.title, prose(supervision.body),
      h('p', null, h('a', { href: '/portal/#/new/COMPLAINT' }, t('site.complain')))) : null);
  const target = params.section && el.querySelector('#section-' + params.section);
  if (target) {
    target.scrollIntoView();
  }
}

async function policies(el) {
  const query = new URLSearchParams((location.hash.split('?')[1]) || '');
  const q = query.get('q') || '';
  const page = Number(query.get('page') || 0);
  add(el, h('h1', null, t('site.policies')), policySearch(q));
  const results = h('div', null, loading());
  add(el, results);
  try {
    const found = await api('GET', '/lines/policy/policies?size=20&page=' + page + (q ? '&q=' + encodeURIComponent(q) : ''));
    const pages = Math.ceil(found.total / found.size);
    replace(results,
      h('p', { class: 'meta', role: 'status' }, t('site.policies.found', found.total)),
      found.items.length ? h('ul', { class: 'list policy-results' }, found.items.map(policyItem)) : notice('info', t('site.policies.none')),
      pages > 1 ? h('p', { class: 'actions' },
        page > 0 ? h('a', { href: '#/policies?q=' + encodeURIComponent(q) + '&page=' + (page - 1) }, t('site.prev')) : null, ' ',
        page + 1 < pages ? h('a', { href: '#/policies?q=' + encodeURIComponent(q) + '&page=' + (page + 1) }, t('site.next')) : null) : null);
  } catch (e) {
    replace(results, notice(e instanceof ApiError && e.status === 404 ? 'info' : 'error',
      e instanceof ApiError && e.status === 404 ? t('site.policies.noLine') : problemText(e)));
  }
}

async function policy(el, params) {
  const p = await api('GET', '/lines/policy/policies/' + encodeURIComponent(params.id));
  const files = await optional('/lines/policy/policies/' + encodeURIComponent(params.id) + '/files', []);
  add(el, 
    h('p', null, h('a', { href: '#/policies' }, '← ', t('site.policies'))),
    h('h1', null, p.title),
    h('dl', { class: 'kv' },
      h('dt', null, t('site.policy.number')), h('dd', null, p.documentNumber || '—'),
      h('dt', null, t('site.policy.issuer')), h('dd', null, p.issuer || '—'),
      h('dt', null, t('site.policy.published')), h('dd', null, formatDate(p.publishedOn)),
      h('dt', null, t('site.policy.valid')), h('dd', null, formatDate(p.effectiveFrom), ' – ', p.expiresOn ? formatDate(p.expiresOn) : t('site.policy.open')),
      h('dt', null, t('site.policy.benefit')), h('dd', null, p.benefit || '—'),
      h('dt', null, t('site.policy.mode')), h('dd', null, t('site.policy.mode.' + p.handlingMode))),
    p.summary ? [h('h2', null, t('site.policy.summary')), prose(p.summary)] : null,
    p.interpretation ? [h('h2', null, t('site.policy.interpretation')), prose(p.interpretation)] : null,
    p.materials && p.materials.length ? [h('h2', null, t('site.policy.materials')), h('ul', null, p.materials.map((m) => h('li', null, m)))] : null,
    files.length ? [h('h2', null, t('site.policy.files')), h('ul', null, files.map((f) => h('li', null,
      h('a', { href: '/api/v1/lines/policy/policies/' + p.id + '/files/' + f.id }, f.fileName || ('#' + f.id)))))] : null,
    p.originalUrl && /^https?:\/\//.test(p.originalUrl) ? h('p', null, h('a', { href: p.originalUrl, rel: 'noopener noreferrer' }, t('site.policy.original'))) : null,
    h('p', null, h('a', { class: 'button-link', href: '/portal/#/lines/policy/matches' }, t('site.policy.check'))));
}

async function noticePage(el, params) {
  const n = await api('GET', '/disclosure/' + encodeURIComponent(params.key));
  add(el, h('p', null, h('a', { href: '#/' }, '← ', t('common.home'))),
    h('article', { class: 'card notice-article' }, h('h1', null, pick(n.titleZh, n.titleEn)),
      h('p', { class: 'meta' }, formatDate(n.publishedOn)), prose(pick(n.bodyZh, n.bodyEn))));
}

mountApp({
  area: null,
  titleKey: 'site.title',
  bundles: ['site'],
  routes: [
    { path: '/', titleKey: 'site.home', menu: true, render: home },
    { path: '/section/:section', titleKey: 'site.home', render: home },
    { path: '/policies', titleKey: 'site.policies', menu: true, render: policies },
    { path: '/policies/:id', titleKey: 'site.policies', render: policy },
    { path: '/notices/:key', titleKey: 'site.notices', render: noticePage },
  ],
});
