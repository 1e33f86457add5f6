// The REST API's description (/api/v1/openapi.json) in Swagger UI. The description is read with the signed-in
// user's session (the same cookie the workbench and the portal use); without one the page says where to sign in.
import { loadMessages, t, lang, setLang } from '/web/common/i18n.js';

const DESCRIPTION = '/api/v1/openapi.json';

async function start() {
  await loadMessages('docs');
  document.title = t('docs.title');
  document.getElementById('docs-title').textContent = t('docs.title');
  document.getElementById('docs-intro').textContent = t('docs.intro');
  const state = document.getElementById('docs-state');
  const switcher = document.createElement('button');
  switcher.type = 'button';
  switcher.className = 'lang-switch';
  switcher.textContent = t('docs.lang');
  switcher.addEventListener('click', async () => {
    await setLang(lang() === 'zh-CN' ? 'en' : 'zh-CN');
    window.location.reload();
  });
  document.querySelector('.docs-head').prepend(switcher);

  const response = await fetch(DESCRIPTION, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (response.status === 401) {
    state.className = 'notice notice-warning';
    state.textContent = t('docs.signIn');
    const link = document.createElement('a');
    link.href = '/workbench/';
    link.textContent = t('docs.signInLink');
    state.appendChild(document.createTextNode(' '));
    state.appendChild(link);
    return;
  }
  if (!response.ok) {
    state.className = 'notice notice-warning';
    state.textContent = t('docs.failed', response.status);
    return;
  }
  const spec = await response.json();
  state.textContent = t('docs.loaded', spec.info.version, Object.keys(spec.paths).length);
  state.className = '';
  window.SwaggerUIBundle({
    spec,
    dom_id: '#swagger-ui',
    deepLinking: true,
    docExpansion: 'list',
    // more than a hundred operations: a box that narrows them by tag (a line's tags start with its id)
    filter: true,
    defaultModelsExpandDepth: 0,
    // "Try it out" sends the session cookie; a change needs the platform's CSRF header as the pages send it
    requestInterceptor: (request) => {
      request.headers['X-Esip-Csrf'] = '1';
      return request;
    },
  });
}

start();
