import { define } from '../internal/define.js';
import { FellesLifeEventStepper, type FellesStepSelectEvent, type FellesStepToggleEvent } from './life-event-stepper.js';

define('felles-life-event-stepper', FellesLifeEventStepper);

declare global {
  interface HTMLElementTagNameMap {
    'felles-life-event-stepper': FellesLifeEventStepper;
  }
  interface GlobalEventHandlersEventMap {
    'felles-step-toggle': FellesStepToggleEvent;
    'felles-step-select': FellesStepSelectEvent;
  }
}
