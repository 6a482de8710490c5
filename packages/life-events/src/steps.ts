import type { LifeEvent, LifeEventItem, LifeEventStep, LifeEventStepGroup } from './types.js';

export function isStepGroup(item: LifeEventItem): item is LifeEventStepGroup {
  return 'relation' in item;
}

/** A step with the place it is shown at. */
export interface PlacedStep {
  step: LifeEventStep;
  /** 1-based number of the step, or of the group it belongs to. */
  number: number;
  /** Set on the second and later steps of a group: the word shown in place of the number. */
  relation?: 'and' | 'or';
  /** The group the step belongs to, if any. */
  group?: LifeEventStepGroup;
}

/**
 * The steps in display order. Grouped steps share their group's number, and all but the first
 * show "and"/"or" instead, as in GOV.UK's step-by-step navigation.
 */
export function placeSteps(event: LifeEvent): PlacedStep[] {
  const placed: PlacedStep[] = [];
  event.steps.forEach((item, index) => {
    const number = index + 1;
    if (!isStepGroup(item)) {
      placed.push({ step: item, number });
      return;
    }
    item.steps.forEach((step, position) => {
      placed.push(position === 0 ? { step, number, group: item } : { step, number, relation: item.relation, group: item });
    });
  });
  return placed;
}

/** Every step, groups flattened, in display order. */
export function allSteps(event: LifeEvent): LifeEventStep[] {
  return event.steps.flatMap((item) => (isStepGroup(item) ? item.steps : [item]));
}
