import type { AddressLookupMessages } from './messages.js';

/**
 * The address lookup's texts in Northern Sámi, loaded when it is first shown in them. A first
 * translation, awaiting a native speaker's review.
 */
const se: AddressLookupMessages = {
  valueMissing: 'Don fertet deavdit dán gietti.',
  searching: 'Ohcamin …',
  results: (count: number) => `Gávdnon: ${count}`,
  noResults: 'Ii gávdnon maidege',
  unavailable: 'Čujuhusohcan ii doaimma dál.',
  busy: 'Ollugat ohcet dál. Vuordde veaháš ja geahččal ođđasit.',
  unexpected: 'Čujuhusohcan vástidii juoidá maid mii eat ipmirdan.',
  offline: 'Ii lihkostuvvan oažžut oktavuođa čujuhusohcamii. Dárkkis neahttaoktavuođa.',
  retry: 'Geahččal ođđasit',
  chooseFromList: 'Vállje čujuhusa listtus.',
  municipality: (name: string) => `${name} suohkan`,
};

export default se;
