// Small helpers of the workbench pages over the shared modules (/web/common): formatting, tables, and
// the shared form (server field messages next to the fields) with the workbench's field shapes.
import { api as apiCall, upload, ApiError, idempotencyKey } from '/web/common/api.js';
import { t, lang, pick } from '/web/common/i18n.js';
import { h, form as sharedForm, problemText, notice } from '/web/common/ui.js';

export { ApiError, t, lang, h, problemText, notice };

/** The REST API; paths may be written with or without the leading slash. */
export function api(method, path, body) {
  return apiCall(method, path.startsWith('/') ? path : '/' + path, body);
}

/** A refusal made in the page itself, shaped as the server's (a field and its message in both languages). */
export function fieldProblem(field, key, en) {
  return new ApiError(400, { title: t(key), titleEn: en, errors: [{ field, message: t(key), messageEn: en }] });
}

/** A label from the bundle, or the raw value when the bundle has none. */
export function label(prefix, value) {
  if (value === null || value === undefined || value === '') return '—';
  const key = prefix + '.' + value;
  const s = t(key);
  return s === key ? String(value) : s;
}

export function day(v) {
  if (!v) return '—';
  return String(v).substring(0, 10);
}

export function when(v) {
  if (!v) return '—';
  const d = new Date(v);
  if (isNaN(d)) return String(v);
  const p = (n) => String(n).padStart(2, '0');
  return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + ' ' + p(d.getHours()) + ':' + p(d.getMinutes());
}

export function percent(v) {
  return v === null || v === undefined ? '—' : (Math.round(v * 1000) / 10) + '%';
}

/** Clears an element and appends children. */
export function fill(el, ...children) {
  el.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

/** A table: columns [{key, title, render?}], rows, an optional click per row. */
export function table(columns, rows, onClick) {
  const head = h('tr', {}, ...columns.map((c) => h('th', {}, c.title)));
  const body = rows.map((r) => {
    const tr = h('tr', onClick ? { class: 'clickable', tabindex: '0', 'data-id': r.id ?? r.code ?? r.key } : {},
      ...columns.map((c) => {
        const v = c.render ? c.render(r) : r[c.key];
        return h('td', {}, v === null || v === undefined || v === '' ? '—' : (v instanceof Node ? v : String(v)));
      }));
    if (onClick) {
      tr.addEventListener('click', () => onClick(r));
      tr.addEventListener('keydown', (e) => { if (e.key === 'Enter') onClick(r); });
    }
    return tr;
  });
  if (rows.length === 0) {
    body.push(h('tr', {}, h('td', { colspan: String(columns.length), class: 'empty' }, t('wb.empty'))));
  }
  return h('table', { class: 'wb-table' }, h('thead', {}, head), h('tbody', {}, ...body));
}

/**
 * A form of fields [{name, label, type: text|textarea|lines|number|date|select|checkbox|file, options, required, value}]
 * through the shared form: submit(values, form) runs the request; a problem+json answer puts each field's
 * message next to it and keeps what was typed. A 'lines' field is a text area sent as a list of its lines.
 */
export function form(fields, submitLabel, submit, opts = {}) {
  const lines = fields.filter((f) => f.type === 'lines').map((f) => f.name);
  return sharedForm({
    fields: fields.map((f) => (f.type === 'lines' ? { ...f, type: 'textarea' } : f)),
    submitLabel,
    className: opts.inline ? 'wb-inline' : null,
    onSubmit: async (values, el) => {
      for (const name of lines) {
        values[name] = values[name] ? values[name].split('\n').map((x) => x.trim()).filter((x) => x) : [];
      }
      await submit(values, el);
    },
  });
}

/**
 * Sends a file's bytes as the body (the API's upload endpoints take the file itself). A 422 answer (an
 * import's row report) is returned, not thrown.
 */
export async function uploadRaw(path, file, contentType, headers) {
  const blob = contentType ? new Blob([file], { type: contentType }) : file;
  try {
    return { status: 200, body: await upload(path.startsWith('/') ? path : '/' + path, blob, headers) };
  } catch (e) {
    if (e instanceof ApiError && e.status === 422) {
      return { status: 422, body: e.problem };
    }
    throw e;
  }
}

/** A fresh id a client chooses for a request it wants to follow (Import-Id). */
export function requestId() {
  return idempotencyKey();
}

/** A section with a heading. */
export function section(title, ...children) {
  return h('section', { class: 'wb-section' }, h('h2', {}, title), ...children);
}

/** Key–value list. */
export function facts(pairs) {
  return h('dl', { class: 'wb-facts' }, ...pairs.filter((p) => p).flatMap(([k, v]) => [h('dt', {}, k),
    h('dd', {}, v === null || v === undefined || v === '' ? '—' : (v instanceof Node ? v : String(v)))]));
}

export function badge(text, kind) {
  return h('span', { class: 'wb-badge' + (kind ? ' ' + kind : '') }, text);
}

/**
 * Where a page stands in its list: how many pages, whether there is a next one, and the label. A long list's
 * total is counted only up to a cap ({@code totalExact} false): it reads "10,000+" and the pages go on while
 * pages come back full.
 */
export function pageStand(page) {
  const exact = page.totalExact !== false;
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  const hasNext = exact ? page.page + 1 < pages : page.items.length >= page.size;
  const total = Number(page.total).toLocaleString(lang() === 'en' ? 'en' : 'zh-CN');
  return { hasNext, label: exact ? t('wb.page', page.page + 1, pages, total) : t('wb.page-more', page.page + 1, total) };
}
