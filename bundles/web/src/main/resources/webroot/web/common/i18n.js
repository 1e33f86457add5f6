// Texts of the pages from the platform's resource bundles (GET /web/i18n/<bundle>.json?lang=):
// Chinese (zh-CN) first and by default, English on the switch. The choice is kept in a cookie (it is a
// preference, not a secret) so that every area of the front shows the same language.

const LANGS = ['zh-CN', 'en'];
const COOKIE = 'esip_lang';
const messages = {};
const loaded = new Set();
let current = readLang();

function readLang() {
  const match = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith(COOKIE + '='));
  const value = match ? decodeURIComponent(match.substring(COOKIE.length + 1)) : null;
  return LANGS.includes(value) ? value : 'zh-CN';
}

/** The current language: 'zh-CN' or 'en'. */
export function lang() {
  return current;
}

async function fetchBundle(bundle, language) {
  const response = await fetch('/web/i18n/' + encodeURIComponent(bundle) + '.json?lang=' + language,
    { credentials: 'same-origin' });
  if (!response.ok) {
    throw new Error('message bundle ' + bundle + ': HTTP ' + response.status);
  }
  return response.json();
}

/** Loads a message bundle ('common', 'portal', 'line.policy', …) in the current language. */
export async function loadMessages(bundle) {
  Object.assign(messages, await fetchBundle(bundle, current));
  loaded.add(bundle);
}

/** Switches the language, reloads every bundle loaded so far, then tells the page ('esip:lang'). */
export async function setLang(language) {
  current = LANGS.includes(language) ? language : 'zh-CN';
  document.cookie = COOKIE + '=' + encodeURIComponent(current) + '; Path=/; Max-Age=31536000; SameSite=Strict';
  document.documentElement.lang = current;
  for (const bundle of loaded) {
    Object.assign(messages, await fetchBundle(bundle, current));
  }
  window.dispatchEvent(new CustomEvent('esip:lang', { detail: current }));
}

/** The text for `key` with {0}, {1}, … replaced by `args`; the key itself when there is none. */
export function t(key, ...args) {
  const text = Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : key;
  return args.length === 0 ? text : text.replace(/\{(\d+)\}/g, (m, i) => (args[i] === undefined ? m : String(args[i])));
}

/** Whether a key exists in the loaded bundles. */
export function has(key) {
  return Object.prototype.hasOwnProperty.call(messages, key);
}

/** Of a bilingual pair from the server (e.g. nameZh/nameEn), the one for the current language. */
export function pick(zh, en) {
  return current === 'en' && en ? en : (zh || en || '');
}

/** A date or instant as the reader expects it. */
export function formatDate(value, withTime) {
  if (!value) {
    return '';
  }
  const date = new Date(value.length === 10 ? value + 'T00:00:00' : value);
  if (Number.isNaN(date.getTime())) {
    return String(value);
  }
  const options = withTime
    ? { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }
    : { year: 'numeric', month: '2-digit', day: '2-digit' };
  return date.toLocaleString(current === 'en' ? 'en-GB' : 'zh-CN', options);
}

document.documentElement.lang = current;
