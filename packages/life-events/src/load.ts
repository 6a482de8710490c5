import type { LifeEvent } from './types.js';

/** The ids of the seven life events of the national digitalisation strategy. */
export const LIFE_EVENT_IDS = [
  'having-a-child',
  'seriously-ill-child',
  'losing-and-finding-a-job',
  'new-in-norway',
  'death-and-inheritance',
  'start-business',
  'voluntary-organisation',
] as const;

export type LifeEventId = (typeof LIFE_EVENT_IDS)[number];

type Loader = () => Promise<{ lifeEvent: LifeEvent }>;

// One dynamic import per event, so a bundler emits each event as its own chunk and a page
// downloads only the event it shows.
const loaders: Record<LifeEventId, Loader> = {
  'having-a-child': () => import('./events/having-a-child.js'),
  'seriously-ill-child': () => import('./events/seriously-ill-child.js'),
  'losing-and-finding-a-job': () => import('./events/losing-and-finding-a-job.js'),
  'new-in-norway': () => import('./events/new-in-norway.js'),
  'death-and-inheritance': () => import('./events/death-and-inheritance.js'),
  'start-business': () => import('./events/start-business.js'),
  'voluntary-organisation': () => import('./events/voluntary-organisation.js'),
};

export function isLifeEventId(id: string): id is LifeEventId {
  return Object.hasOwn(loaders, id);
}

/** Loads one built-in life event on demand. */
export async function loadLifeEvent(id: LifeEventId): Promise<LifeEvent> {
  if (!isLifeEventId(id)) {
    throw new RangeError(`Unknown life event "${String(id)}"; the built-in ones are ${Object.keys(loaders).join(', ')}`);
  }
  const module = await loaders[id]();
  return module.lifeEvent;
}
