import type { StepperMessages } from './messages.js';

/**
 * Northern Sámi texts, loaded when an element first shows an event in Sámi. A first translation,
 * awaiting a native speaker's review. The life events' own content has no Sámi yet: it falls back to
 * Bokmål, marked `lang="nb"`.
 */
export default {
  summary: (done: string, total: string) => `${done} / ${total} lávkki dahkkon`,
  showAll: 'Čájet buot lávkkiid',
  hideAll: 'Čiega buot lávkkiid',
  step: 'Lávki',
  and: 'ja',
  or: 'dahje',
  optional: 'eaktodáhtolaš',
  'in-progress': 'Jođus',
  done: 'Dahkkon',
  'not-relevant': 'Ii guoskka',
  youAreHere: 'Don leat dáppe',
  responsible: 'Ovddasvástideaddji',
  state: 'stáhtalaš',
  municipality: 'suohkanlaš',
  private: 'priváhta',
  voluntary: 'eaktodáhtolaš',
  goTo: 'Mana bálvalussii',
  invalidEvent: (field: string) => `Lávkkiid ii sáhte čájehit danin go eallindáhpáhusa čilgehusas lea meattáhus gieddis ${field}.`,
  unknownEvent: (id: string) => `Ii gávdno eallindáhpáhus mas lea id «${id}».`,
  loadFailed: 'Lávkkiid ii sáhttán viežžat.',
} satisfies StepperMessages;
