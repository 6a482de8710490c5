import '@felles/elements/life-event-stepper/define.js';
import { focusErrorSummary } from './_enhance.js';

focusErrorSummary();
