import { describe, expect, it } from 'vitest';
import { project } from './respond.js';

const body = {
  adresser: [{ adressetekst: 'Myrvollveien 5C', nummer: 5, representasjonspunkt: { lat: 59.7, lon: 10.8 } }],
  metadata: { side: 0, totaltAntallTreff: 1 },
};

describe('project (filtrer)', () => {
  it('keeps a whole subtree when a path and a path below it are both asked for, in either order', () => {
    const whole = { adresser: body.adresser };
    expect(project(body, ['adresser', 'adresser.adressetekst'])).toEqual(whole);
    expect(project(body, ['adresser.adressetekst', 'adresser'])).toEqual(whole);
    // The deeper part must not land at the root, where it would pick a root field of the same name.
    expect(project(body, ['adresser', 'adresser.metadata'])).toEqual(whole);
    expect(project(body, ['metadata', 'metadata.side.x', 'adresser.representasjonspunkt.lat'])).toEqual({
      adresser: [{ representasjonspunkt: { lat: 59.7 } }],
      metadata: body.metadata,
    });
  });
});
