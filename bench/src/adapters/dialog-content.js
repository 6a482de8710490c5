/**
 * The same content in every peer dialog: what our consent dialog shows (who asks, which data, purpose,
 * until when, the two choices), as plain light-DOM content.
 * @param {HTMLElement} el
 * @param {string} [slot] the slot the peer wants its body in
 */
export function fillDialog(el, slot) {
  const body = document.createElement('div');
  body.className = 'bench-content';
  if (slot) body.slot = slot;
  body.innerHTML = `<h2>Brønnøysundregistrene ber om samtykke</h2>
<p>Opplysninger fra Skatteetaten: inntekt og formue for 2024, til behandling av søknad om skjenkebevilling.</p>
<p>Samtykket gjelder til 31. desember 2026. Hjemmel: alkoholloven § 1-7.</p>
<p><a href="#personvern">Personvernerklæring</a></p>
<button type="button">Gi samtykke</button> <button type="button">Ikke gi samtykke</button>`;
  el.append(body);
  return body;
}
