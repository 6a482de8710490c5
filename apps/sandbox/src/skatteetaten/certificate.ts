import { createHash } from 'node:crypto';
import type { StoredEnhet } from '../enhetsregisteret/generate.js';
import { fixtureOrgnr } from '../enhetsregisteret/generate.js';

/** One kind of tax or duty a certificate reports on, with what is owed and overdue. */
export interface Krav {
  kravtype: 'skatt' | 'merverdiavgift' | 'arbeidsgiveravgift' | 'forskuddstrekk';
  beskrivelse: string;
  /** Overdue amount in whole kroner; 0 when nothing is overdue. */
  restanse: number;
}

/**
 * A tax certificate (skatteattest) for a company, shaped like the one Skatteetaten issues for a
 * serving-licence application: whether the company owes overdue tax, VAT, employer's contributions or
 * withheld tax, and whether the returns it must file have been filed. Synthetic, the same at every start.
 */
export interface Skatteattest {
  organisasjonsnummer: string;
  navn: string;
  /** ISO date the certificate was made. */
  attestdato: string;
  krav: Krav[];
  /** True when some `krav` has a `restanse` above 0. */
  harRestanser: boolean;
  /** Whether the VAT returns, a-meldinger and tax return due have been filed. */
  leverteOppgaver: { merverdiavgift: boolean; aMelding: boolean; skattemelding: boolean };
  utstedtAv: string;
}

const kinds: Omit<Krav, 'restanse'>[] = [
  { kravtype: 'skatt', beskrivelse: 'Forskuddsskatt og restskatt' },
  { kravtype: 'merverdiavgift', beskrivelse: 'Merverdiavgift' },
  { kravtype: 'arbeidsgiveravgift', beskrivelse: 'Arbeidsgiveravgift' },
  { kravtype: 'forskuddstrekk', beskrivelse: 'Forskuddstrekk' },
];

/** The certificate for `enhet` as of `now`. The demo's restaurant owes nothing; about one unit in six owes VAT. */
export function certificateFor(enhet: StoredEnhet, now: Date): Skatteattest {
  const h = createHash('sha256').update(`skatteattest:${enhet.organisasjonsnummer}`).digest();
  const owes = enhet.organisasjonsnummer !== fixtureOrgnr.restaurant && h[0]! % 6 === 0;
  const krav = kinds.map((kind) => ({ ...kind, restanse: owes && kind.kravtype === 'merverdiavgift' ? 1_000 + h.readUInt16BE(1) : 0 }));
  return {
    organisasjonsnummer: enhet.organisasjonsnummer,
    navn: enhet.navn ?? '',
    attestdato: now.toISOString().slice(0, 10),
    krav,
    harRestanser: krav.some((k) => k.restanse > 0),
    leverteOppgaver: { merverdiavgift: !owes, aMelding: true, skattemelding: true },
    utstedtAv: 'Skatteetaten (sandkasse)',
  };
}
