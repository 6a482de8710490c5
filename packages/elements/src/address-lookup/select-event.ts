import type { Address } from '@felles/client-adresser';

/** An address was chosen from the list. */
export class FellesAddressSelectEvent extends Event {
  readonly detail: Address;
  constructor(address: Address) {
    super('felles-address-select', { bubbles: true, composed: true });
    this.detail = address;
  }
}
