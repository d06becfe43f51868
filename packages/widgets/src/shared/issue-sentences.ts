// Behind `import()` only: the core's index reaches the whole engine, which must stay out of the first
// download. An application's bundler shares what this chunk needs with the scoring chunk; the portal
// bundle builds it as one small file of its own (scripts/bundle.mjs), tree-shaken to `formatIssue`.
export { formatIssue } from '@dti-kit/core';
