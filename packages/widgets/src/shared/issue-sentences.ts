// Behind `import()` only: the core's index reaches the whole engine, which must stay out of the first
// download. Bundlers share what this chunk needs with the scoring chunk.
export { formatIssue } from '@dti-kit/core';
