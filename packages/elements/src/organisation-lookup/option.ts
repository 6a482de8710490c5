import type { ReactiveControllerHost } from 'lit';
import type { ComboboxController } from '../internal/combobox-controller.js';
import type { LocalizeController } from '../internal/localize.js';
import type { LookupSearch } from '../internal/lookup-search.js';
import { OptionList, h } from '../internal/option-list.js';
import type { OrganisationLookupMessages } from './messages.js';
import { groupOrgnr } from './orgnr.js';
import type { Ask, Found } from './search.js';
import { placeName } from '../internal/place-name.js';
import { choosable, type Organisation } from './units.js';
import { longDate } from '../internal/long-date.js';

/** What a unit's option shows: its name (where typed words are marked), its state, and the facts line. */
interface UnitRow {
  name: string;
  /** Bankrupt, being wound up, deleted (with the date) or removed; '' for a unit in business. */
  state: string;
  /** "org.nr. 926 535 897 · Aksjeselskap · Oslo". */
  facts: string;
  disabled: boolean;
}

/**
 * Four nodes, six with a state: the <li>, the name's block <span> and its text, the state's <span> and
 * its text, and the facts as the <li>'s own text. The space that starts the facts keeps them apart from
 * the name in the accessible name and the copied text; on screen it is collapsed at the start of the line.
 */
const buildRow = (row: UnitRow) =>
  h(
    'li',
    { 'aria-disabled': row.disabled ? 'true' : undefined },
    row.state
      ? h('span', { class: 'name' }, `${row.name} `, h('span', { class: 'state', part: 'state' }, row.state))
      : h('span', { class: 'name' }, row.name),
    ` ${row.facts}`,
  );

/** A unit as its option shows it, in the page's language. */
function rowOf(unit: Organisation, t: LocalizeController<OrganisationLookupMessages>): UnitRow {
  const { status } = unit;
  const state =
    status === 'bankrupt'
      ? t.t('bankrupt')
      : status === 'winding-up'
        ? t.t('windingUp')
        : status === 'deleted'
          ? t.t('deleted', unit.slettedato ? longDate(new Date(unit.slettedato), t.lang) : '')
          : status === 'removed'
            ? t.t('removed')
            : '';
  const facts = [t.t('orgnr', groupOrgnr(unit.organisasjonsnummer)), unit.organisasjonsform?.beskrivelse, unit.poststed && placeName(unit.poststed)];
  return { name: unit.navn || t.t('unnamed'), state, facts: facts.filter(Boolean).join(' · '), disabled: !choosable(unit) };
}

/**
 * The field's options: the units of the answer shown, the typed words marked in each name; kept as they
 * are while the next answer is on its way.
 */
export function organisationOptions(
  field: ReactiveControllerHost & HTMLElement,
  combobox: ComboboxController,
  search: LookupSearch<Ask, Found>,
  t: LocalizeController<OrganisationLookupMessages>,
): OptionList<UnitRow> {
  return new OptionList<UnitRow>(field, {
    combobox,
    items: () => (search.answer?.units ?? []).map((unit) => rowOf(unit, t)),
    pending: () => search.status === 'pending',
    key: (row) => `${row.name}\n${row.state}\n${row.facts}\n${row.disabled}`,
    build: buildRow,
    matches: { name: 'felles-organisation-match', words: () => (search.value?.query ?? '').split(' ').filter(Boolean) },
  });
}
