import { sendJson } from '../http-util.js';
import type { ServiceFactory } from '../types.js';

/** Kartverket's open address API (/sok, /punktsok). */
export const addressService: ServiceFactory = () => ({
  name: 'adresser',
  prefix: '/adresser/v1',
  handle(_req, res, url) {
    sendJson(res, 404, { message: `Nothing at ${url.pathname}` });
  },
});
