import type { ServiceFactory } from '../types.js';
import { generateAddresses, type SandboxAddress } from './generate.js';
import { ParamError, readPunktsokParams, readSokParams, type Common } from './params.js';
import { project, sendApiJson } from './respond.js';
import { AddressIndex } from './search-index.js';
import { search, searchNear } from './search.js';

/** The query as the real service echoes it in `metadata.sokeStreng`. */
const sokeStreng = (query: URLSearchParams) => [...query].map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');

function page<T>(hits: T[], params: Common, query: URLSearchParams) {
  const viserFra = params.side * params.treffPerSide;
  return {
    items: hits.slice(viserFra, viserFra + params.treffPerSide),
    metadata: {
      asciiKompatibel: params.asciiKompatibel,
      side: params.side,
      sokeStreng: sokeStreng(query),
      totaltAntallTreff: hits.length,
      treffPerSide: params.treffPerSide,
      viserFra,
      viserTil: viserFra + params.treffPerSide,
    },
  };
}

function output(address: SandboxAddress, utkoordsys: number, distance?: number): Record<string, unknown> {
  const { representasjonspunkt: p, ...rest } = address;
  const out: Record<string, unknown> = { ...rest, representasjonspunkt: { ...p, epsg: `EPSG:${utkoordsys}` } };
  if (distance !== undefined) out.meterDistanseTilPunkt = Math.round(distance * 100) / 100;
  // The real service sends keys in alphabetical order.
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export interface AddressServiceOptions {
  /** How many addresses to generate; default 60,000. */
  count?: number;
}

/** Kartverket's open address API (`/sok`, `/punktsok`) on generated Norwegian addresses. */
export function createAddressService(options: AddressServiceOptions = {}): ServiceFactory {
  return () => {
    const index = new AddressIndex(generateAddresses({ target: options.count }));
    return {
      name: 'adresser',
      prefix: '/adresser/v1',
      handle(req, res, url) {
        const ascii = url.searchParams.get('asciiKompatibel')?.toLowerCase() !== 'false';
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          res.setHeader('allow', 'GET');
          return sendApiJson(res, 405, { message: 'The method is not allowed for the requested URL.' }, ascii);
        }
        try {
          const path = url.pathname.slice('/adresser/v1'.length);
          let body: { adresser: unknown[]; metadata: unknown };
          let params: Common;
          if (path === '/sok') {
            const sok = readSokParams(url.searchParams);
            params = sok;
            const { items, metadata } = page(search(index, sok), sok, url.searchParams);
            body = { adresser: items.map((a) => output(a, sok.utkoordsys)), metadata };
          } else if (path === '/punktsok') {
            const near = readPunktsokParams(url.searchParams);
            params = near;
            const { items, metadata } = page(searchNear(index, near), near, url.searchParams);
            body = { adresser: items.map((h) => output(h.address, near.utkoordsys, h.distance)), metadata };
          } else {
            return sendApiJson(res, 404, { message: `The requested URL ${url.pathname} was not found on the server.` }, ascii);
          }
          sendApiJson(res, 200, params.filtrer ? project(body, params.filtrer) : body, params.asciiKompatibel);
        } catch (error) {
          if (!(error instanceof ParamError)) throw error;
          // Shaped like the Flask-RESTX validation errors the service answers with.
          sendApiJson(res, 400, error.errors ? { errors: error.errors, message: error.message } : { message: error.message }, ascii);
        }
      },
    };
  };
}

export const addressService: ServiceFactory = createAddressService();
