import '@felles/elements/address-lookup/define.js';
import { focusErrorSummary, replaceFallbacks } from './_enhance.js';

await replaceFallbacks('felles-address-lookup', 'adresse');
focusErrorSummary();
