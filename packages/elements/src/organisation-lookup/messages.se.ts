import type { OrganisationLookupMessages } from './messages.js';

/**
 * The organisation lookup's texts in Northern Sámi, loaded when it is first shown in them. A first,
 * partial translation awaiting review by a native speaker; Bokmål fills the gaps.
 */
const se: Partial<OrganisationLookupMessages> = {
  searching: 'Ohcamin …',
  noResults: 'Ii gávdnon mihkke',
  retry: 'Geahččal ođđasit',
  bankrupt: 'Konkursa',
};

export default se;
