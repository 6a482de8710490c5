/**
 * The same content in every peer dialog: what our consent dialog shows (who asks, which data, purpose,
 * until when, the two choices), as plain light-DOM content. The end date is formatted in the page's language
 * as ours formats it: the first Intl.DateTimeFormat on a page loads locale data, a cost every dialog that
 * shows a localized date pays, so it belongs in every first render.
 * @param {HTMLElement} el
 * @param {string} [slot] the slot the peer wants its body in
 */
export function fillDialog(el, slot) {
  const body = document.createElement('div');
  body.className = 'bench-content';
  if (slot) body.slot = slot;
  const until = new Intl.DateTimeFormat(document.documentElement.lang || 'nb', { dateStyle: 'long' }).format(new Date('2026-12-31T23:00:00.000Z'));
  body.innerHTML = `<h2>Brønnøysundregistrene ber om samtykke</h2>
<p>Opplysninger fra Skatteetaten: inntekt og formue for 2024, til behandling av søknad om skjenkebevilling.</p>
<p>Samtykket gjelder til ${until}. Hjemmel: alkoholloven § 1-7.</p>
<p><a href="#personvern">Personvernerklæring</a></p>
<button type="button">Gi samtykke</button> <button type="button">Ikke gi samtykke</button>`;
  el.append(body);
  return body;
}
