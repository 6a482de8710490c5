export { FellesAddressLookup, FellesAddressSelectEvent, type Address, type AddressSource } from './address-lookup.js';
export { formatAddress } from './format.js';
