/**
 * Real municipalities (2024 numbers, names as the register writes them) with some of their real
 * postal codes and post towns. `weight` makes the big cities hold more businesses, as they do.
 */
export interface Place {
  kommunenummer: string;
  kommune: string;
  postnummer: readonly (readonly [postnummer: string, poststed: string])[];
  weight: number;
}

export const places: readonly Place[] = [
  {
    kommunenummer: '0301',
    kommune: 'OSLO',
    weight: 14,
    postnummer: [
      ['0150', 'OSLO'],
      ['0152', 'OSLO'],
      ['0154', 'OSLO'],
      ['0181', 'OSLO'],
      ['0250', 'OSLO'],
      ['0355', 'OSLO'],
      ['0456', 'OSLO'],
      ['0557', 'OSLO'],
      ['0661', 'OSLO'],
    ],
  },
  {
    kommunenummer: '4601',
    kommune: 'BERGEN',
    weight: 6,
    postnummer: [
      ['5003', 'BERGEN'],
      ['5015', 'BERGEN'],
      ['5020', 'BERGEN'],
      ['5055', 'BERGEN'],
    ],
  },
  {
    kommunenummer: '5001',
    kommune: 'TRONDHEIM',
    weight: 5,
    postnummer: [
      ['7010', 'TRONDHEIM'],
      ['7011', 'TRONDHEIM'],
      ['7013', 'TRONDHEIM'],
      ['7030', 'TRONDHEIM'],
    ],
  },
  {
    kommunenummer: '1103',
    kommune: 'STAVANGER',
    weight: 4,
    postnummer: [
      ['4005', 'STAVANGER'],
      ['4006', 'STAVANGER'],
      ['4010', 'STAVANGER'],
    ],
  },
  {
    kommunenummer: '3301',
    kommune: 'DRAMMEN',
    weight: 3,
    postnummer: [
      ['3015', 'DRAMMEN'],
      ['3017', 'DRAMMEN'],
      ['3019', 'DRAMMEN'],
    ],
  },
  {
    kommunenummer: '3201',
    kommune: 'BÆRUM',
    weight: 3,
    postnummer: [
      ['1337', 'SANDVIKA'],
      ['1363', 'HØVIK'],
    ],
  },
  {
    kommunenummer: '3203',
    kommune: 'ASKER',
    weight: 2,
    postnummer: [
      ['1371', 'ASKER'],
      ['1372', 'ASKER'],
      ['3440', 'RØYKEN'],
    ],
  },
  {
    kommunenummer: '3205',
    kommune: 'LILLESTRØM',
    weight: 2,
    postnummer: [
      ['2000', 'LILLESTRØM'],
      ['2004', 'LILLESTRØM'],
    ],
  },
  {
    kommunenummer: '3207',
    kommune: 'NORDRE FOLLO',
    weight: 2,
    postnummer: [
      ['1400', 'SKI'],
      ['1415', 'OPPEGÅRD'],
    ],
  },
  {
    kommunenummer: '3107',
    kommune: 'FREDRIKSTAD',
    weight: 2,
    postnummer: [
      ['1606', 'FREDRIKSTAD'],
      ['1607', 'FREDRIKSTAD'],
    ],
  },
  { kommunenummer: '3105', kommune: 'SARPSBORG', weight: 1, postnummer: [['1706', 'SARPSBORG']] },
  { kommunenummer: '3103', kommune: 'MOSS', weight: 1, postnummer: [['1530', 'MOSS']] },
  { kommunenummer: '3101', kommune: 'HALDEN', weight: 1, postnummer: [['1771', 'HALDEN']] },
  {
    kommunenummer: '3905',
    kommune: 'TØNSBERG',
    weight: 1,
    postnummer: [
      ['3110', 'TØNSBERG'],
      ['3111', 'TØNSBERG'],
    ],
  },
  { kommunenummer: '3907', kommune: 'SANDEFJORD', weight: 1, postnummer: [['3210', 'SANDEFJORD']] },
  { kommunenummer: '3909', kommune: 'LARVIK', weight: 1, postnummer: [['3256', 'LARVIK']] },
  { kommunenummer: '3901', kommune: 'HORTEN', weight: 1, postnummer: [['3181', 'HORTEN']] },
  { kommunenummer: '4003', kommune: 'SKIEN', weight: 1, postnummer: [['3715', 'SKIEN']] },
  { kommunenummer: '4001', kommune: 'PORSGRUNN', weight: 1, postnummer: [['3915', 'PORSGRUNN']] },
  {
    kommunenummer: '4204',
    kommune: 'KRISTIANSAND',
    weight: 2,
    postnummer: [
      ['4608', 'KRISTIANSAND S'],
      ['4610', 'KRISTIANSAND S'],
    ],
  },
  { kommunenummer: '4203', kommune: 'ARENDAL', weight: 1, postnummer: [['4836', 'ARENDAL']] },
  { kommunenummer: '4202', kommune: 'GRIMSTAD', weight: 1, postnummer: [['4876', 'GRIMSTAD']] },
  { kommunenummer: '1106', kommune: 'HAUGESUND', weight: 1, postnummer: [['5525', 'HAUGESUND']] },
  { kommunenummer: '1108', kommune: 'SANDNES', weight: 2, postnummer: [['4306', 'SANDNES']] },
  { kommunenummer: '4621', kommune: 'VOSS', weight: 1, postnummer: [['5700', 'VOSS']] },
  {
    kommunenummer: '1508',
    kommune: 'ÅLESUND',
    weight: 2,
    postnummer: [
      ['6002', 'ÅLESUND'],
      ['6003', 'ÅLESUND'],
    ],
  },
  { kommunenummer: '1506', kommune: 'MOLDE', weight: 1, postnummer: [['6413', 'MOLDE']] },
  { kommunenummer: '1505', kommune: 'KRISTIANSUND', weight: 1, postnummer: [['6509', 'KRISTIANSUND N']] },
  { kommunenummer: '3403', kommune: 'HAMAR', weight: 1, postnummer: [['2317', 'HAMAR']] },
  { kommunenummer: '3405', kommune: 'LILLEHAMMER', weight: 1, postnummer: [['2609', 'LILLEHAMMER']] },
  { kommunenummer: '3407', kommune: 'GJØVIK', weight: 1, postnummer: [['2815', 'GJØVIK']] },
  { kommunenummer: '3420', kommune: 'ELVERUM', weight: 1, postnummer: [['2406', 'ELVERUM']] },
  { kommunenummer: '3303', kommune: 'KONGSBERG', weight: 1, postnummer: [['3611', 'KONGSBERG']] },
  { kommunenummer: '3305', kommune: 'RINGERIKE', weight: 1, postnummer: [['3510', 'HØNEFOSS']] },
  { kommunenummer: '5006', kommune: 'STEINKJER', weight: 1, postnummer: [['7713', 'STEINKJER']] },
  { kommunenummer: '5037', kommune: 'LEVANGER', weight: 1, postnummer: [['7600', 'LEVANGER']] },
  { kommunenummer: '1804', kommune: 'BODØ', weight: 2, postnummer: [['8006', 'BODØ']] },
  { kommunenummer: '1813', kommune: 'BRØNNØY', weight: 1, postnummer: [['8900', 'BRØNNØYSUND']] },
  { kommunenummer: '1806', kommune: 'NARVIK', weight: 1, postnummer: [['8514', 'NARVIK']] },
  { kommunenummer: '1833', kommune: 'RANA', weight: 1, postnummer: [['8622', 'MO I RANA']] },
  {
    kommunenummer: '5501',
    kommune: 'TROMSØ',
    weight: 2,
    postnummer: [
      ['9008', 'TROMSØ'],
      ['9009', 'TROMSØ'],
    ],
  },
  { kommunenummer: '5503', kommune: 'HARSTAD', weight: 1, postnummer: [['9405', 'HARSTAD']] },
  {
    kommunenummer: '5601',
    kommune: 'ALTA',
    weight: 1,
    postnummer: [
      ['9510', 'ALTA'],
      ['9511', 'ALTA'],
    ],
  },
  { kommunenummer: '5603', kommune: 'HAMMERFEST', weight: 1, postnummer: [['9600', 'HAMMERFEST']] },
  { kommunenummer: '5607', kommune: 'VADSØ', weight: 1, postnummer: [['9800', 'VADSØ']] },
  { kommunenummer: '5605', kommune: 'SØR-VARANGER', weight: 1, postnummer: [['9900', 'KIRKENES']] },
];
