import type { Routes } from '../../app.js';
import type { RequestContext } from '../../http/context.js';
import { redirect } from '../../http/respond.js';
import { premisesMessages } from './messages.js';
import { renderPremisesPage } from './page.js';
import { checkAddress, partsFromKey, readPostedAddress, toRecord, type PostedAddress } from './validate.js';

function show(ctx: RequestContext): void {
  renderPremisesPage(ctx, { journey: ctx.app.journeys.get(ctx.user!.pid) });
}

/** Saves the premises' address once the address register confirms it. */
async function save(ctx: RequestContext, form: URLSearchParams): Promise<void> {
  const user = ctx.user!;
  const t = premisesMessages[ctx.lang];
  const choice = form.get('valg');
  // A pick from the no-script choice list carries the parts; the text is the address it names.
  const posted: PostedAddress = choice
    ? { text: (form.get('typed') ?? '').slice(0, 200), parts: partsFromKey(choice) }
    : readPostedAddress(form, 'adresse');
  const typed = posted.text;
  const check = await checkAddress(ctx.app.services.adresser, ctx.app.log, posted, Boolean(choice));
  const journey = ctx.app.journeys.get(user.pid);
  switch (check.kind) {
    case 'valid':
      await ctx.app.journeys.update(user.pid, user.name, (j) => {
        j.premises = toRecord(check.address, typed);
        // The licence is asked of the premises' municipality; a move elsewhere needs a new request.
        if (j.licence && j.licence.municipality.kommunenummer !== check.address.kommunenummer) delete j.licence;
      });
      return redirect(ctx.reply, '/licence');
    case 'missing':
      return renderPremisesPage(ctx, { journey, typed, error: t.missing, status: 422 });
    case 'not-found':
      return renderPremisesPage(ctx, { journey, typed, error: t.notFound, status: 422 });
    case 'ambiguous':
      return renderPremisesPage(ctx, { journey, typed, candidates: check.candidates, error: t.ambiguous, status: 422 });
    case 'unavailable':
      return renderPremisesPage(ctx, { journey, typed, unavailable: true, posted: choice ? undefined : posted, status: 503 });
  }
}

export const premisesRoutes: Routes = { get: { '/premises': show }, post: { '/premises': save } };
