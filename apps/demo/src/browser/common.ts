import { focusErrorSummary } from './_enhance.js';

focusErrorSummary();
