// A Vue project opts in to the tags' types for its templates like this.
import type {} from '@felles/elements/jsx/vue';
