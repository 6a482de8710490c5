import type { ServerResponse } from 'node:http';
import { sendJson } from '../http-util.js';
import type { SandboxContext, SandboxService, ServiceFactory } from '../types.js';
import { sharedRegister, type GenerateOptions, type StoredEnhet } from './generate.js';
import { rolesOf } from './roles.js';
import { readSearchParams, search, SearchParamError, type Valideringsfeil } from './search.js';

export { fixtureOrgnr } from './generate.js';

export const enhetsregisteretPrefix = '/enhetsregisteret/api';
const v2 = 'application/vnd.brreg.enhetsregisteret.enhet.v2+json';

export type EnhetsregisteretServiceOptions = GenerateOptions;

/**
 * Brønnøysund's open Enhetsregisteret API under `/enhetsregisteret/api`, over a register of
 * synthetic units generated the same way at every start:
 *
 * - `GET /enheter/{orgnr}`: 200 Enhet, 200 SlettetEnhet for a deleted unit, 404, or 410 GoneEnhet
 * - `GET /enheter?navn=&kommunenummer=&organisasjonsform=&naeringskode=&page=&size=...`: a HAL page;
 *   400 when `(page + 1) * size` passes 10,000, as the real service does
 */
export function createEnhetsregisteretService(options: EnhetsregisteretServiceOptions = {}): ServiceFactory {
  return (ctx: SandboxContext): SandboxService => {
    const register = sharedRegister(options);
    const base = `${ctx.origin}${enhetsregisteretPrefix}`;
    const self = (orgnr: string) => ({ self: { href: `${base}/enheter/${orgnr}` } });
    const withLinks = (enhet: StoredEnhet) => ({ ...enhet, _links: self(enhet.organisasjonsnummer) });

    function badRequest(res: ServerResponse, path: string, valideringsfeil: Valideringsfeil[]) {
      sendJson(res, 400, {
        tidsstempel: Date.now(),
        status: 400,
        feilmelding: 'Ugyldig forespørsel',
        sti: path,
        antallFeil: valideringsfeil.length,
        valideringsfeil,
      });
    }

    return {
      name: 'enhetsregisteret',
      prefix: enhetsregisteretPrefix,
      handle(req, res, url) {
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          res.setHeader('allow', 'GET, HEAD');
          return sendJson(res, 405, { status: 405, error: 'Method Not Allowed', path: url.pathname });
        }
        const contentType = req.headers.accept?.includes(v2) ? `${v2};charset=UTF-8` : 'application/json';
        const send = (status: number, body: unknown) => sendJson(res, status, body, { 'content-type': contentType });
        const path = url.pathname.slice(enhetsregisteretPrefix.length).replace(/\/$/, '');

        if (path === '') return send(200, { _links: { enheter: { href: `${base}/enheter` } } });

        if (path === '/enheter') {
          try {
            const query = readSearchParams(url.searchParams);
            const hits = search(register.enheter, query);
            return send(200, page(hits, query.page, query.size, url));
          } catch (error) {
            if (error instanceof SearchParamError) return badRequest(res, url.pathname, error.valideringsfeil);
            throw error;
          }
        }

        const roles = /^\/enheter\/(\d{9})\/roller$/.exec(path);
        if (roles) {
          const enhet = register.byOrgnr.get(roles[1]!);
          if (!enhet) return sendJson(res, 404, { status: 404, error: 'Not Found', path: url.pathname });
          return sendJson(res, 200, rolesOf(enhet, `${base}/enheter/${enhet.organisasjonsnummer}`, false));
        }
        const match = /^\/enheter\/([^/]+)$/.exec(path);
        if (!match) return sendJson(res, 404, { status: 404, error: 'Not Found', path: url.pathname });
        const orgnr = decodeURIComponent(match[1]!);
        if (!/^\d{9}$/.test(orgnr)) {
          return badRequest(res, url.pathname, [
            { feilmelding: 'Organisasjonsnummeret må ha 9 siffer', parametere: ['enhetorgnr'], feilaktigVerdi: orgnr },
          ]);
        }
        const enhet = register.byOrgnr.get(orgnr);
        if (enhet) return send(200, { respons_klasse: 'Enhet', ...withLinks(enhet) });
        const slettet = register.slettede.get(orgnr);
        if (slettet) return send(200, { respons_klasse: 'SlettetEnhet', ...slettet, _links: self(orgnr) });
        const gone = register.fjernede.get(orgnr);
        if (gone) return sendJson(res, 410, { ...gone, _links: self(orgnr) });
        // The real service answers an unknown number with an empty 404.
        res.writeHead(404).end();
      },
    };

    function page(hits: StoredEnhet[], number: number, size: number, url: URL) {
      const totalElements = hits.length;
      const totalPages = Math.ceil(totalElements / size);
      const href = (p: number) => {
        const params = new URLSearchParams(url.searchParams);
        params.set('page', String(p));
        params.set('size', String(size));
        return { href: `${base}/enheter?${params}` };
      };
      const links: Record<string, { href: string }> = { self: href(number) };
      if (totalElements > 0) {
        links['first'] = href(0);
        if (number > 0) links['prev'] = href(Math.min(number - 1, totalPages - 1));
        if (number < totalPages - 1) links['next'] = href(number + 1);
        links['last'] = href(totalPages - 1);
      }
      const slice = hits.slice(number * size, (number + 1) * size);
      // Like the real service, a page with no hits has no `_embedded`.
      return {
        ...(slice.length > 0 ? { _embedded: { enheter: slice.map(withLinks) } } : {}),
        _links: links,
        page: { size, totalElements, totalPages, number },
      };
    }
  };
}

/** The service as registered in services.ts: 3,000 units. */
export const enhetsregisteretService: ServiceFactory = createEnhetsregisteretService();
