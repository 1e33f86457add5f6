// Small DOM helpers and the frame every area of the web front shares: header (platform name, language
// switch, who is signed in, sign-out), menu (the area's own entries and the service lines' entries from
// the web SPI), a hash router, forms that show the server's field messages next to the fields and keep
// what was typed, and the sign-in page. No HTML strings: every text goes in as a text node.

import { api, ApiError, me, signIn as apiSignIn, signOut } from './api.js';
import { formatDate, lang, loadMessages, pick, setLang, t } from './i18n.js';

/** Creates an element: `attrs` are attributes, `on*` functions become listeners, `class` a class list. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.substring(2).toLowerCase(), value);
    } else if (name === 'class') {
      el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    } else if (name === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(el, child);
    } else if (child instanceof Node) {
      el.appendChild(child);
    } else {
      el.appendChild(document.createTextNode(String(child)));
    }
  }
}

/** Appends `children` to `el`, skipping null, undefined and false (Element.append would write "null"). */
export function add(el, ...children) {
  append(el, children);
  return el;
}

/** Empties an element and puts `children` in. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** The reader's text of a failure: the problem's title and detail in the current language. */
export function problemText(error) {
  if (error instanceof ApiError) {
    const p = error.problem;
    const title = pick(p.title, p.titleEn);
    const detail = pick(p.detail, p.detailEn);
    return detail && detail !== title ? title + '：' + detail : title || error.message;
  }
  return String(error && error.message ? error.message : error);
}

/** A message box: kind is 'info', 'success', 'error' or 'warning'. */
export function notice(kind, ...children) {
  return h('div', { class: ['notice', 'notice-' + kind], role: kind === 'error' ? 'alert' : 'status' }, ...children);
}

/** A status or grade badge. */
export function badge(text, kind) {
  return h('span', { class: ['badge', kind ? 'badge-' + kind : null] }, text);
}

/** A placeholder while something loads. */
export function loading() {
  return h('p', { class: 'loading', 'aria-busy': 'true' }, t('common.loading'));
}

export { formatDate };

let fieldSeq = 0;

/**
 * A form. `fields`: [{name, label, type ('text', 'textarea', 'select', 'radio', 'checkbox', 'file',
 * 'number', 'date', 'email', 'tel', 'password'), required, options: [{value, label}], value, hint,
 * placeholder, autocomplete, accept}]. On submit `onSubmit(values, form)` runs; when it throws an
 * ApiError, each field violation is shown next to its field (errors for fields the form lacks go above
 * the button), the typed values stay as they were, and the first bad field gets the focus.
 * `fieldOf(serverField)` maps a server's field name to the form's when they differ.
 */
export function form({ fields, submitLabel, onSubmit, fieldOf, cancel, className }) {
  const inputs = new Map();
  const errorSlots = new Map();
  const summary = h('div', { class: 'form-summary' });
  const button = h('button', { type: 'submit', class: 'primary' }, submitLabel || t('common.submit'));
  const el = h('form', { class: ['form', className], novalidate: true });
  for (const field of fields) {
    const id = 'f' + (++fieldSeq) + '-' + field.name.replace(/[^A-Za-z0-9_-]/g, '_');
    const errorId = id + '-error';
    const error = h('p', { class: 'field-error', id: errorId, hidden: true, 'aria-live': 'polite' });
    errorSlots.set(field.name, error);
    let control;
    const common = { id, name: field.name, required: !!field.required, 'aria-describedby': errorId,
      placeholder: field.placeholder, autocomplete: field.autocomplete };
    if (field.type === 'textarea') {
      control = h('textarea', { ...common, rows: field.rows || 4 });
      control.value = field.value ?? '';
    } else if (field.type === 'select') {
      control = h('select', common,
        field.required ? null : h('option', { value: '' }, t('common.choose')),
        (field.options || []).map((o) => h('option', { value: o.value }, o.label)));
      control.value = field.value ?? (field.required && field.options && field.options[0] ? field.options[0].value : '');
    } else if (field.type === 'radio') {
      control = h('div', { class: 'radios', role: 'radiogroup', id, 'aria-describedby': errorId },
        (field.options || []).map((o) => h('label', { class: 'radio' },
          h('input', { type: 'radio', name: field.name, value: o.value, checked: o.value === field.value }), ' ', o.label)));
    } else if (field.type === 'checkbox') {
      control = h('input', { ...common, type: 'checkbox', checked: !!field.value });
    } else {
      control = h('input', { ...common, type: field.type || 'text', accept: field.accept, multiple: field.multiple,
        min: field.min, max: field.max, step: field.step, inputmode: field.inputmode });
      if (field.type !== 'file' && field.value !== undefined && field.value !== null) {
        control.value = field.value;
      }
    }
    inputs.set(field.name, { field, control });
    const label = h('label', { for: id, class: 'field-label' }, field.label, field.required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null);
    el.appendChild(h('div', { class: ['field', 'field-' + (field.type || 'text')], dataset: { field: field.name } },
      field.type === 'checkbox' ? h('label', { class: 'check' }, control, ' ', field.label) : label,
      field.type === 'checkbox' ? null : control,
      field.hint ? h('p', { class: 'hint' }, field.hint) : null,
      error));
  }
  el.appendChild(summary);
  el.appendChild(h('div', { class: 'actions' }, button, cancel || null));

  function values() {
    const out = {};
    for (const [name, { field, control }] of inputs) {
      if (field.type === 'file') {
        out[name] = field.multiple ? Array.from(control.files) : control.files[0] || null;
      } else if (field.type === 'checkbox') {
        out[name] = control.checked;
      } else if (field.type === 'radio') {
        const checked = control.querySelector('input:checked');
        out[name] = checked ? checked.value : null;
      } else if (field.type === 'number') {
        out[name] = control.value === '' ? null : Number(control.value);
      } else {
        out[name] = control.value.trim() === '' ? null : control.value;
      }
    }
    return out;
  }

  function clearErrors() {
    summary.replaceChildren();
    for (const [name, slot] of errorSlots) {
      slot.hidden = true;
      slot.replaceChildren();
      const { control } = inputs.get(name);
      control.removeAttribute('aria-invalid');
      control.closest('.field').classList.remove('invalid');
    }
  }

  function showErrors(error) {
    let first = null;
    const rest = [];
    for (const v of error.errors) {
      const name = fieldOf ? fieldOf(v.field) : v.field;
      const target = inputs.has(name) ? name : [...inputs.keys()].find((n) => v.field && (v.field.startsWith(n + '.') || v.field.startsWith(n + '[')));
      const text = pick(v.message, v.messageEn);
      if (target) {
        const slot = errorSlots.get(target);
        slot.hidden = false;
        append(slot, [slot.childNodes.length ? '；' : '', text]);
        const { control } = inputs.get(target);
        control.setAttribute('aria-invalid', 'true');
        control.closest('.field').classList.add('invalid');
        first = first || control;
      } else {
        rest.push((v.field ? v.field + '：' : '') + text);
      }
    }
    summary.appendChild(notice('error', problemText(error), rest.length ? h('ul', null, rest.map((r) => h('li', null, r))) : null));
    if (first) {
      first.focus();
    }
  }

  el.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    button.disabled = true;
    el.setAttribute('aria-busy', 'true');
    try {
      await onSubmit(values(), el);
    } catch (e) {
      if (e instanceof ApiError) {
        showErrors(e);
      } else {
        summary.appendChild(notice('error', problemText(e)));
      }
    } finally {
      button.disabled = false;
      el.removeAttribute('aria-busy');
    }
  });
  el.values = values;
  el.control = (name) => (inputs.get(name) || {}).control;
  el.showError = (e) => showErrors(e);
  return el;
}

/** The sign-in page; `onDone(actor)` runs after a successful sign-in. */
export function signInPage({ onDone, titleKey, hintKey }) {
  const f = form({
    className: 'signin',
    submitLabel: t('common.signIn'),
    fields: [
      { name: 'username', label: t('common.username'), required: true, autocomplete: 'username' },
      { name: 'password', label: t('common.password'), type: 'password', required: true, autocomplete: 'current-password' },
    ],
    onSubmit: async (v) => onDone(await apiSignIn(v.username || '', v.password || '')),
  });
  return h('section', { class: 'card signin-card' },
    h('h1', null, t(titleKey || 'common.signInTitle')),
    hintKey ? h('p', { class: 'hint' }, t(hintKey)) : null,
    f);
}

function compile(path) {
  const names = [];
  const pattern = path.replace(/:([A-Za-z]+)/g, (m, name) => {
    names.push(name);
    return '([^/]+)';
  });
  return { regex: new RegExp('^' + pattern + '$'), names };
}

function roleAllowed(roles, user) {
  return !roles || roles.length === 0 || (user && user.roles.some((r) => roles.includes(r)));
}

/**
 * Mounts an area's single-page app into document.body. `routes`: [{path ('/tickets/:id'), titleKey,
 * menu (true to list it), roles, render: async (el, params, ctx)}]. The first route is the home route.
 * Service lines' entries for `area` come from GET /api/v1/web/menu and render from their own modules.
 * `requireSignIn`: the area is for signed-in users (`roles` restricts it further).
 */
export async function mountApp({ area, titleKey, routes, bundles, requireSignIn, roles, home, footer }) {
  await Promise.all(['common', ...(bundles || [])].map(loadMessages));
  const ctx = { area, user: null, platform: null, lines: [], api, t, h, form, navigate };
  const compiled = routes.map((r) => ({ ...r, ...compile(r.path) }));
  const header = h('header', { class: 'topbar' });
  const nav = h('nav', { class: 'menu', 'aria-label': t('common.menu') });
  const main = h('main', { id: 'main', class: 'content', tabindex: '-1' });
  const foot = h('footer', { class: 'footer' });
  document.body.replaceChildren(h('a', { class: 'skip', href: '#main' }, t('common.skip')), header, nav, main, foot);

  try {
    ctx.platform = await api('GET', '/platform');
  } catch (e) {
    ctx.platform = { displayName: t('common.platform'), displayNameEn: '' };
  }
  ctx.user = await me().catch(() => null);

  async function loadLineEntries() {
    ctx.lines = [];
    if (!area || (requireSignIn && !ctx.user)) {
      return;
    }
    try {
      const menu = await api('GET', '/web/menu?area=' + encodeURIComponent(area));
      ctx.lines = menu.items || [];
      await Promise.all([...new Set(ctx.lines.map((e) => e.messages))].map((b) => loadMessages(b).catch(() => null)));
    } catch (e) {
      ctx.lines = [];
    }
  }

  function drawHeader() {
    const name = pick(ctx.platform.displayName, ctx.platform.displayNameEn);
    document.title = t(titleKey) + ' · ' + name;
    const other = lang() === 'en' ? 'zh-CN' : 'en';
    replace(header,
      h('div', { class: 'brand' },
        h('a', { href: '/', class: 'platform-name' }, name),
        h('span', { class: 'area-name' }, t(titleKey))),
      h('div', { class: 'tools' },
        h('button', { type: 'button', class: 'link lang-switch', lang: other, onclick: () => setLang(other) },
          other === 'en' ? 'English' : '中文'),
        ctx.user
          ? [h('span', { class: 'who' }, ctx.user.username),
            h('button', { type: 'button', class: 'link signout', onclick: doSignOut }, t('common.signOut'))]
          : (requireSignIn ? null : h('a', { class: 'signin-link', href: '/portal/' }, t('common.signInPortal')))));
    drawMenu();
    replace(foot, footer ? footer(ctx) : h('p', null, name, ' · ', t('common.footer')));
  }

  function drawMenu() {
    const current = location.hash.replace(/^#/, '').split('?')[0] || '/';
    const items = [];
    if (!requireSignIn || ctx.user) {
      for (const r of compiled) {
        if (r.menu && roleAllowed(r.roles, ctx.user)) {
          items.push({ href: '#' + r.path, label: t(r.titleKey), active: current === r.path || (r.path !== '/' && current.startsWith(r.path + '/')) });
        }
      }
      for (const e of ctx.lines) {
        const path = '/lines/' + e.lineId + '/' + e.id;
        items.push({ href: '#' + path, label: t(e.titleKey), active: current.startsWith(path), line: e.lineId });
      }
    }
    replace(nav, items.length === 0 ? null : h('ul', null, items.map((i) =>
      h('li', null, h('a', { href: i.href, class: i.active ? 'active' : null, 'aria-current': i.active ? 'page' : null,
        dataset: i.line ? { line: i.line } : {} }, i.label)))));
  }

  async function doSignOut() {
    await signOut().catch(() => null);
    ctx.user = null;
    ctx.lines = [];
    location.hash = '#/';
    await route();
  }

  let routing = 0;
  async function route() {
    const seq = ++routing;
    drawHeader();
    const full = location.hash.replace(/^#/, '') || '/';
    const path = full.split('?')[0] || '/';
    ctx.query = new URLSearchParams(full.includes('?') ? full.substring(full.indexOf('?') + 1) : '');
    if (requireSignIn && (!ctx.user || !roleAllowed(roles, ctx.user))) {
      replace(main, ctx.user
        ? notice('error', t('common.wrongRole'))
        : signInPage({
          titleKey: titleKey + '.signIn', hintKey: titleKey + '.signInHint',
          onDone: async (actor) => {
            ctx.user = actor;
            await loadLineEntries();
            await route();
          },
        }));
      return;
    }
    replace(main, loading());
    try {
      const lineMatch = path.match(/^\/lines\/([a-z][a-z0-9-]*)\/([A-Za-z0-9_.-]+)(?:\/(.*))?$/);
      if (lineMatch) {
        const entry = ctx.lines.find((e) => e.lineId === lineMatch[1] && e.id === lineMatch[2]);
        if (!entry) {
          replace(main, notice('warning', t('common.lineGone')));
          return;
        }
        const module = await import(entry.module);
        if (seq !== routing) {
          return;
        }
        const el = h('section', { class: 'page line-page', dataset: { line: entry.lineId } });
        replace(main, el);
        await module.render(el, { ...ctx, entry, rest: lineMatch[3] || '', params: { rest: lineMatch[3] || '' } });
        main.focus({ preventScroll: true });
        return;
      }
      for (const r of compiled) {
        const m = path.match(r.regex);
        if (m && roleAllowed(r.roles, ctx.user)) {
          const params = {};
          r.names.forEach((n, i) => { params[n] = decodeURIComponent(m[i + 1]); });
          const el = h('section', { class: 'page', dataset: { route: r.path } });
          replace(main, el);
          await r.render(el, params, ctx);
          if (seq === routing && path !== '/') {
            main.focus({ preventScroll: true });
          }
          return;
        }
      }
      replace(main, notice('warning', t('common.notFound'), ' ', h('a', { href: '#' + (home || '/') }, t('common.home'))));
    } catch (e) {
      if (seq === routing) {
        replace(main, notice('error', problemText(e)));
      }
    }
  }

  function navigate(path) {
    if (location.hash === '#' + path) {
      route();
    } else {
      location.hash = '#' + path;
    }
  }
  ctx.refreshMenu = async () => {
    await loadLineEntries();
    drawMenu();
  };

  window.addEventListener('hashchange', route);
  window.addEventListener('esip:lang', route);
  window.addEventListener('esip:unauthenticated', () => {
    if (ctx.user) {
      ctx.user = null;
      route();
    }
  });
  await loadLineEntries();
  await route();
  return ctx;
}
