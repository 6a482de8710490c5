import type { Organisation } from './units.js';

/** A unit was chosen from the list. */
export class FellesOrganisationSelectEvent extends Event {
  readonly detail: Organisation;
  constructor(organisation: Organisation) {
    super('felles-organisation-select', { bubbles: true, composed: true });
    this.detail = organisation;
  }
}
