// A score result (from the core's `score`) as the table it shows. Loaded when a page passes a result
// rather than a table: a page that has a result has run the engine already, and a page that shows a
// score table never needs this.
export { scoreTable } from '@dti-kit/core/present';
