import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../http-util.js';
import { serveHomeAsset } from './assets.js';
import { homePage, pickHomeLang, type HomeService } from './page.js';

export { serveHomeAsset };

/** JSON for clients that ask for it (and `?format=json`), the HTML page for everyone else. */
function wantsJson(req: IncomingMessage, url: URL): boolean {
  if (url.searchParams.get('format') === 'json') return true;
  const accept = req.headers.accept ?? '';
  return /application\/json/i.test(accept) && !/text\/html/i.test(accept);
}

/** `GET /`: the sandbox explains itself. */
export function handleHome(req: IncomingMessage, res: ServerResponse, url: URL, services: readonly HomeService[]): void {
  const list = services.map(({ name, prefix }) => ({ name, prefix }));
  if (wantsJson(req, url)) return sendJson(res, 200, { services: list }, { vary: 'Accept' });
  const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
  const lang = pickHomeLang(url.searchParams.get('lang'), req.headers['accept-language']);
  // Services in the order a newcomer meets them (the server keeps them longest prefix first).
  const order = ['idporten', 'adresser', 'enhetsregisteret', 'enhetsregisteret-autorisert', 'maskinporten', 'samtykke'];
  const sorted = [...list].sort((a, b) => (order.indexOf(a.name) + 1 || 99) - (order.indexOf(b.name) + 1 || 99));
  const body = homePage(lang, origin, sorted);
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-language': lang,
    vary: 'Accept, Accept-Language',
    'cache-control': 'no-store',
  });
  res.end(body);
}
