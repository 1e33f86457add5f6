// Small helpers of the workbench pages over the shared modules (/web/common): formatting, tables,
// forms that show the server's problem+json field messages next to their fields.
import { api, ApiError } from '/web/common/api.js';
import { t, lang } from '/web/common/i18n.js';
import { h } from '/web/common/ui.js';

export { api, ApiError, t, lang, h };

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
    const tr = h('tr', onClick ? { class: 'clickable', tabindex: '0' } : {},
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
    body.push(h('tr', {}, h('td', { colspan: String(columns.length), class: 'empty' }, t('common.empty'))));
  }
  return h('table', { class: 'wb-table' }, h('thead', {}, head), h('tbody', {}, ...body));
}

/** The message of a problem (or of any error) in the chosen language, Chinese first by default. */
export function problemText(err) {
  const p = err && err.problem;
  if (!p) return String(err && err.message ? err.message : err);
  const en = lang() === 'en';
  return (en ? (p.detailEn || p.titleEn || p.detail || p.title) : (p.detail || p.title || p.detailEn || p.titleEn)) || String(p.status);
}

/**
 * A form of fields [{name, label, type: text|textarea|number|date|select|checkbox|file, options, required, value}].
 * submit(values, form) runs the request; a problem+json answer puts each field's message next to it and keeps
 * what was typed; other problems appear above the button.
 */
export function form(fields, submitLabel, submit, opts = {}) {
  const inputs = {};
  const messages = {};
  const general = h('div', { class: 'wb-error', role: 'alert' });
  const rows = fields.map((f) => {
    let input;
    const id = 'f-' + (opts.prefix || 'x') + '-' + f.name.replace(/[^a-zA-Z0-9]/g, '-');
    if (f.type === 'textarea' || f.type === 'lines') {
      input = h('textarea', { id, name: f.name, rows: String(f.rows || 3) });
      if (f.value !== undefined && f.value !== null) input.value = f.value;
    } else if (f.type === 'select') {
      input = h('select', { id, name: f.name },
        ...(f.required ? [] : [h('option', { value: '' }, '—')]),
        ...f.options.map((o) => h('option', { value: o.value }, o.label)));
      if (f.value !== undefined && f.value !== null) input.value = f.value;
    } else if (f.type === 'checkbox') {
      input = h('input', { id, name: f.name, type: 'checkbox' });
      input.checked = !!f.value;
    } else {
      input = h('input', { id, name: f.name, type: f.type || 'text' });
      if (f.value !== undefined && f.value !== null && f.type !== 'file') input.value = f.value;
    }
    inputs[f.name] = input;
    messages[f.name] = h('div', { class: 'wb-field-error', 'data-field': f.name });
    return h('div', { class: 'wb-field' + (f.type === 'checkbox' ? ' wb-check' : '') },
      h('label', { for: id }, f.label + (f.required ? ' *' : '')), input, messages[f.name]);
  });
  const button = h('button', { type: 'submit', class: 'primary' }, submitLabel);
  const el = h('form', { class: 'wb-form', novalidate: '' }, ...rows, general, h('div', { class: 'wb-actions' }, button));
  el.addEventListener('submit', async (e) => {
    e.preventDefault();
    Object.values(messages).forEach((m) => { m.textContent = ''; });
    general.textContent = '';
    const values = {};
    for (const f of fields) {
      const i = inputs[f.name];
      if (f.type === 'checkbox') values[f.name] = i.checked;
      else if (f.type === 'file') values[f.name] = i.files && i.files[0];
      else if (f.type === 'number') values[f.name] = i.value === '' ? null : Number(i.value);
      else if (f.type === 'lines') values[f.name] = i.value.split('\n').map((s) => s.trim()).filter((s) => s);
      else values[f.name] = i.value === '' ? null : i.value;
    }
    button.disabled = true;
    try {
      await submit(values, el);
    } catch (err) {
      showProblem(err, messages, general);
    } finally {
      button.disabled = false;
    }
  });
  el.inputs = inputs;
  return el;
}

/** Puts a problem's field messages next to the fields (by name, or the closest parent name), the rest above. */
export function showProblem(err, messages, general) {
  const p = err && err.problem;
  const en = lang() === 'en';
  const rest = [];
  if (p && Array.isArray(p.errors) && p.errors.length) {
    for (const v of p.errors) {
      const text = en ? (v.messageEn || v.message) : (v.message + (v.messageEn ? ' / ' + v.messageEn : ''));
      let field = v.field || '';
      while (field && !messages[field]) {
        const dot = Math.max(field.lastIndexOf('.'), field.lastIndexOf('['));
        field = dot > 0 ? field.substring(0, dot) : '';
      }
      if (field && messages[field]) messages[field].textContent = text;
      else rest.push((v.field ? v.field + '：' : '') + text);
    }
  }
  general.textContent = [problemText(err), ...rest].join(' ');
}

/** Sends a file's bytes as the body (the API's upload endpoints take the file itself, not a multipart form). */
export async function uploadRaw(path, file, contentType) {
  const res = await fetch('/api/v1/' + path.replace(/^\//, ''), {
    method: 'POST', credentials: 'same-origin',
    headers: { 'X-Esip-Csrf': '1', 'Content-Type': contentType || file.type || 'application/octet-stream', Accept: 'application/json' },
    body: file,
  });
  const text = await res.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
  if (!res.ok && res.status !== 422) {
    throw new ApiError(res.status, body);
  }
  return { status: res.status, body };
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
