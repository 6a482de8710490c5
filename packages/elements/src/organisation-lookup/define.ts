import { define } from '../internal/define.js';
import { FellesOrganisationLookup, type FellesOrganisationSelectEvent } from './organisation-lookup.js';

define('felles-organisation-lookup', FellesOrganisationLookup);

declare global {
  interface HTMLElementTagNameMap {
    'felles-organisation-lookup': FellesOrganisationLookup;
  }
  interface GlobalEventHandlersEventMap {
    'felles-organisation-select': FellesOrganisationSelectEvent;
  }
}
