// The REST API for the pages: same-origin, signed in by the HttpOnly session cookie (never a token in
// script-readable storage), every call marked with X-Esip-Csrf so that the server can tell it from a
// cross-site form. Errors are thrown as ApiError carrying the server's problem+json.

const BASE = '/api/v1';

/** A failed call: `status` (0 when the server was not reached) and `problem` (RFC 9457, with `errors` per field). */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem || {};
  }

  /** The field violations, `[{field, code, message, messageEn}]`, empty when there are none. */
  get errors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

async function parse(response) {
  if (response.status === 204) {
    return null;
  }
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    return response.json();
  }
  return response.text();
}

async function send(method, path, init) {
  let response;
  try {
    response = await fetch(BASE + path, {
      method,
      credentials: 'same-origin',
      cache: 'no-store',
      ...init,
      headers: { 'X-Esip-Csrf': '1', Accept: 'application/json, application/problem+json', ...(init.headers || {}) },
    });
  } catch (e) {
    throw new ApiError(0, { title: '无法连接平台', titleEn: 'The platform cannot be reached', detail: String(e) });
  }
  const body = await parse(response).catch(() => null);
  if (!response.ok) {
    const problem = body && typeof body === 'object' ? body : { title: String(body || response.statusText) };
    if (response.status === 401 && !init.quiet) {
      window.dispatchEvent(new CustomEvent('esip:unauthenticated', { detail: problem }));
    }
    throw new ApiError(response.status, problem);
  }
  return body;
}

/**
 * Calls the REST API. `path` is relative to /api/v1 (e.g. '/tickets?size=20'); `body` is sent as JSON.
 * `headers` adds request headers (e.g. {'Idempotency-Key': key}).
 * @returns the parsed JSON answer (null for 204)
 */
export function api(method, path, body, headers) {
  const init = { headers: { ...(headers || {}) } };
  if (body !== undefined && body !== null) {
    init.body = JSON.stringify(body);
    init.headers['Content-Type'] = 'application/json';
  }
  return send(method.toUpperCase(), path, init);
}

/**
 * Uploads a file: a File or Blob is sent as the request body with its own type (as
 * POST /tickets/{id}/attachments?filename= expects); a FormData is sent as multipart.
 */
export function upload(path, data, headers) {
  const init = { body: data, headers: { ...(headers || {}) } };
  if (data instanceof Blob && !(data instanceof FormData)) {
    init.headers['Content-Type'] = data.type || 'application/octet-stream';
  }
  return send('POST', path, init);
}

/** A fresh key for the Idempotency-Key header: a retried submission then returns the same record. */
export function idempotencyKey() {
  if (window.crypto && crypto.randomUUID) {
    return crypto.randomUUID();
  }
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Signs in by cookie; answers who signed in (as GET /auth/me). */
export function signIn(username, password) {
  return api('POST', '/auth/session', { username, password });
}

/** Signs out: the server removes the session cookie. */
export function signOut() {
  return api('DELETE', '/auth/session');
}

/** Who is signed in, or null when nobody is. */
export async function me() {
  try {
    return await send('GET', '/auth/me', { quiet: true });
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      return null;
    }
    throw e;
  }
}
