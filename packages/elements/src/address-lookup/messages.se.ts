import type { AddressLookupMessages } from './messages.js';

/** The address lookup's texts in Northern Sámi, loaded when it is first shown in them. */
const se: Partial<AddressLookupMessages> = {
  searching: 'Ohcamin …',
  retry: 'Geahččal ođđasit',
  municipality: (name: string) => `${name} suohkan`,
};

export default se;
