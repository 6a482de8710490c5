import { define } from '../internal/define.js';
import { FellesAddressLookup, type FellesAddressSelectEvent } from './address-lookup.js';

define('felles-address-lookup', FellesAddressLookup);

declare global {
  interface HTMLElementTagNameMap {
    'felles-address-lookup': FellesAddressLookup;
  }
  interface GlobalEventHandlersEventMap {
    'felles-address-select': FellesAddressSelectEvent;
  }
}
