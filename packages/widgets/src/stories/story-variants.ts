import type { StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/** A story of an element's stories file (args only: the element's attributes are its controls). */
export type Story = StoryObj;

/**
 * The English variant every element's stories have: the default story with `lang="en"`, plus any args
 * that read differently in English (a label the story passes as text).
 *
 * @example export const English: Story = inEnglish({ label: 'Provincial average 2024' });
 */
export function inEnglish(args: Record<string, unknown> = {}): Story {
  return { args: { lang: 'en', ...args } };
}

/**
 * The dark variant every element's stories have: `theme="dark"` on the preview's dark frame, so the
 * element's own background is seen against a dark page as a portal in dark mode shows it.
 *
 * @example export const Dark: Story = inDark({ parameters: { backgrounds: { default: 'dark' } } });
 */
export function inDark(more: Story = {}): Story {
  return {
    ...more,
    args: { theme: 'dark', ...more.args },
    decorators: [(story) => html`<div class="dark-frame">${story()}</div>`],
  };
}
