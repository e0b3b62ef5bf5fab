import type { SeededRandom } from './seeded-random.js';

/**
 * Plausible UK business names, composed from word lists. The kind of business a name describes also sets how
 * the customer prints (see customer-profile.ts): a school is quiet in August, a hotel prints at weekends.
 */
export type Sector = 'professional' | 'industrial' | 'healthcare' | 'hospitality' | 'school' | 'public';

export const SECTOR_WEIGHTS: Readonly<Record<Sector, number>> = {
  professional: 40,
  industrial: 18,
  healthcare: 14,
  hospitality: 12,
  school: 10,
  public: 6,
};

const SURNAMES = [
  'Hartley',
  'Vane',
  'Ashworth',
  'Pemberton',
  'Whitmore',
  'Fairbairn',
  'Holloway',
  'Kendrick',
  'Thornton',
  'Blackwood',
  'Carrington',
  'Davenport',
  'Ellison',
  'Fenwick',
  'Gresham',
  'Harcourt',
  'Ingram',
  'Jarvis',
  'Kingsley',
  'Lockhart',
  'Merriman',
  'Norbury',
  'Oakley',
  'Prescott',
  'Quayle',
  'Radcliffe',
  'Sutherland',
  'Tennant',
  'Underwood',
  'Wainwright',
  'Yardley',
  'Beaumont',
  'Chadwick',
  'Drummond',
  'Eastwood',
  'Fitzroy',
  'Granger',
  'Hollis',
  'Pickering',
  'Rowntree',
  'Sheridan',
  'Talbot',
  'Whitfield',
  'Ainsworth',
  'Barraclough',
  'Cartwright',
  'Dunmore',
  'Hepworth',
  'Marsden',
  'Ogden',
  'Aldridge',
  'Bramwell',
  'Cottrell',
  'Everard',
  'Goodwin',
  'Hambleton',
  'Lister',
  'Moorcroft',
  'Pennington',
  'Stanhope',
] as const;

const PLACES = [
  'Harrogate',
  'Ashford',
  'Kendal',
  'Thornbury',
  'Wetherby',
  'Malvern',
  'Tewkesbury',
  'Ludlow',
  'Alnwick',
  'Barnstaple',
  'Chichester',
  'Dorking',
  'Epsom',
  'Farnham',
  'Guildford',
  'Hexham',
  'Ilkley',
  'Knutsford',
  'Lichfield',
  'Marlow',
  'Newbury',
  'Oakham',
  'Petersfield',
  'Richmond',
  'Stamford',
  'Tonbridge',
  'Wantage',
  'Yeovil',
  'Bakewell',
  'Cirencester',
  'Frome',
  'Hitchin',
  'Keswick',
  'Ledbury',
  'Morpeth',
  'Saffron Walden',
  'Sevenoaks',
  'Skipton',
  'Totnes',
  'Whitby',
  'Buxton',
  'Henley',
  'Wokingham',
  'Beverley',
  'Stroud',
  'Sherborne',
  'Bridport',
  'Romsey',
  'Horsham',
  'Ripon',
] as const;

const NATURE = [
  'Blue Heron',
  'Red Kite',
  'Silver Birch',
  'Oak Leaf',
  'Kingfisher',
  'Hawthorn',
  'Larch',
  'Willow Brook',
  'Riverside',
  'Meadowbank',
  'Northgate',
  'Westfield',
  'Highcliffe',
  'Greystone',
  'Brightwater',
  'Foxglove',
  'Heathfield',
  'Millbrook',
  'Stonebridge',
  'Ashgrove',
  'Bluebell',
  'Elderberry',
  'Moorland',
  'Skylark',
  'Three Rivers',
  'Beacon',
] as const;

const SAINTS = [
  'Aidan',
  'Bede',
  'Cuthbert',
  'Hilda',
  'Swithun',
  'Chad',
  'Oswald',
  'Etheldreda',
  'Alban',
  'Wilfrid',
  'Margaret',
  'Andrew',
] as const;

type Words = { s: () => string; p: () => string; n: () => string; saint: () => string };

/** Name patterns per sector; each draws its words from the generator it is given. */
const PATTERNS: Readonly<Record<Sector, ReadonlyArray<(w: Words) => string>>> = {
  professional: [
    (w) => `${w.s()} & ${w.s()} Solicitors LLP`,
    (w) => `${w.s()} ${w.s()} Chartered Accountants`,
    (w) => `${w.s()} & Co Accountants Ltd`,
    (w) => `${w.s()} ${w.s()} Architects`,
    (w) => `${w.s()} & ${w.s()} Estate Agents`,
    (w) => `${w.p()} Surveyors LLP`,
    (w) => `${w.s()} Wealth Management Ltd`,
    (w) => `${w.n()} Insurance Brokers Ltd`,
    (w) => `${w.s()} ${w.s()} Recruitment Ltd`,
    (w) => `${w.p()} Property Lettings`,
  ],
  industrial: [
    (w) => `${w.n()} Logistics Ltd`,
    (w) => `${w.s()} Engineering Ltd`,
    (w) => `${w.s()} Joinery Ltd`,
    (w) => `${w.p()} Precision Plastics Ltd`,
    (w) => `${w.s()} & Sons Builders Ltd`,
    (w) => `${w.n()} Print & Packaging Ltd`,
    (w) => `${w.p()} Steel Fabrications Ltd`,
    (w) => `${w.s()} Electrical Contractors Ltd`,
  ],
  healthcare: [
    (w) => `${w.p()} Dental Practice`,
    (w) => `${w.p()} Medical Centre`,
    (w) => `${w.p()} Veterinary Centre`,
    (w) => `${w.n()} Care Home`,
    (w) => `${w.p()} Physiotherapy Clinic`,
    (w) => `${w.s()} Opticians Ltd`,
  ],
  hospitality: [
    (w) => `The ${w.n()} Hotel`,
    (w) => `${w.p()} Garden Centre`,
    (w) => `${w.s()}'s Bakery Ltd`,
    (w) => `${w.n()} Interiors Ltd`,
    (w) => `${w.p()} Motors Ltd`,
    (w) => `${w.n()} Leisure Centre`,
  ],
  school: [
    (w) => `${w.p()} Primary School`,
    (w) => `St ${w.saint()}'s C of E Primary School`,
    (w) => `${w.p()} Academy`,
    (w) => `${w.p()} Grammar School`,
    (w) => `${w.p()} College`,
  ],
  public: [
    (w) => `${w.p()} Town Council`,
    (w) => `${w.p()} Community Trust`,
    (w) => `${w.n()} Housing Association`,
    (w) => `${w.n()} Foundation`,
  ],
};

export interface BusinessName {
  name: string;
  sector: Sector;
}

/**
 * A new business name not yet in `taken` (which it adds to). Deterministic for the generator's state.
 * Two partners of a firm are never the same person ("Hartley & Hartley" is re-drawn).
 */
export function businessName(rnd: SeededRandom, taken: Set<string>): BusinessName {
  const sector = rnd.weighted(SECTOR_WEIGHTS);
  const patterns = PATTERNS[sector];
  for (let attempt = 0; ; attempt++) {
    const used = new Set<string>();
    let repeated = false;
    const s = () => {
      const name = rnd.pick(SURNAMES);
      if (used.has(name)) repeated = true;
      used.add(name);
      return name;
    };
    const words: Words = { s, p: () => rnd.pick(PLACES), n: () => rnd.pick(NATURE), saint: () => rnd.pick(SAINTS) };
    let name = rnd.pick(patterns)(words);
    // After many collisions (a very large fleet) a trading suffix keeps names unique.
    if (attempt >= 20) name = `${name} (${rnd.pick(PLACES)})`;
    if (attempt >= 40) name = `${name} ${attempt}`;
    if (!repeated && !taken.has(name)) {
      taken.add(name);
      return { name, sector };
    }
  }
}
