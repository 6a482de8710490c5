import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../http-util.js';
import type { ServiceFactory } from '../types.js';
import { pickLang, pageMessages } from './messages.js';
import { loginPage, messagePage } from './pages.js';
import { findPerson } from './persons.js';
import { createIdportenProvider, requestedAcr } from './provider.js';

const prefix = '/idporten';

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

/**
 * An OpenID provider that behaves like ID-porten, built on oidc-provider and
 * mounted at `/idporten` (issuer `${origin}/idporten`). Its own login page
 * lets a tester pick a synthetic person and a level.
 */
export const idportenService: ServiceFactory = async (ctx) => {
  const issuer = `${ctx.origin}${prefix}`;
  const provider = await createIdportenProvider({ issuer, mountPath: prefix });
  const callback = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse, url: URL, uid: string, action: string | undefined) {
    let details;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      const lang = pickLang(url.searchParams.get('lang') ?? undefined);
      return sendHtml(res, 400, messagePage(lang, pageMessages[lang].errorHeading, pageMessages[lang].expired));
    }
    if (details.uid !== uid) return sendHtml(res, 400, 'Unknown interaction');
    const params = details.params as Record<string, string | undefined>;
    const minimumLevel = requestedAcr(params.acr_values) === 'idporten-loa-high' ? 'high' : 'substantial';

    if (req.method === 'GET' && !action) {
      const client = await provider.Client.find(String(params.client_id));
      const lang = pickLang(params.ui_locales, url.searchParams.get('lang'));
      return sendHtml(
        res,
        200,
        loginPage({
          lang,
          action: `${prefix}/interaction/${uid}/login`,
          abortAction: `${prefix}/interaction/${uid}/abort`,
          selfPath: `${prefix}/interaction/${uid}`,
          clientName: String(client?.clientName ?? params.client_id),
          minimumLevel,
        }),
      );
    }
    if (req.method !== 'POST') return sendHtml(res, 405, 'Method not allowed');

    const form = new URLSearchParams(await readBody(req));
    if (action === 'abort') {
      // What ID-porten answers when the person cancels.
      return provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'User cancelled the login' },
        { mergeWithLastSubmission: false },
      );
    }
    if (action !== 'login') return sendHtml(res, 404, 'Not found');
    const person = findPerson(form.get('person') ?? '');
    const level = form.get('level');
    const lang = pickLang(undefined, form.get('lang'));
    if (!person || (level !== 'substantial' && level !== 'high') || (minimumLevel === 'high' && level !== 'high')) {
      return sendHtml(res, 400, messagePage(lang, pageMessages[lang].errorHeading, pageMessages[lang].chooseAgain));
    }
    return provider.interactionFinished(
      req,
      res,
      {
        login: { accountId: person.id, acr: `idporten-loa-${level}`, amr: ['TestID'], remember: true },
        felles: { locale: lang },
      },
      { mergeWithLastSubmission: false },
    );
  }

  return {
    name: 'idporten',
    prefix,
    async handle(req, res, url) {
      const match = /^\/idporten\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(url.pathname);
      if (match) return interaction(req, res, url, match[1] as string, match[2]);
      if (req.method === 'POST' && url.pathname === `${prefix}/logout`) {
        // ID-porten takes logout as POST (its recommendation) or GET. oidc-provider serves POST only
        // with SameSite=None cookies, which need https; the sandbox hands the form to its GET route.
        const body = await readBody(req);
        req.method = 'GET';
        req.url = `${url.pathname}?${body}`;
        delete req.headers['content-type'];
        delete req.headers['content-length'];
      }
      // oidc-provider sees the path below the prefix and learns the mount path from originalUrl.
      const original = req.url ?? '/';
      (req as IncomingMessage & { originalUrl?: string }).originalUrl = original;
      req.url = original.slice(prefix.length) || '/';
      await new Promise<void>((resolve) => {
        res.once('finish', resolve);
        res.once('close', resolve);
        void callback(req, res);
      });
    },
  };
};
