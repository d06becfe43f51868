import { describe, expect, it } from 'vitest';
import { cssColour } from '../../src/present.js';

describe('cssColour: only colour syntax reaches a page', () => {
  it.each([
    ['#1a7f37', '#1a7f37'],
    ['#ABC', '#ABC'],
    ['#abcd', '#abcd'],
    ['#1a7f3780', '#1a7f3780'],
    [' #1a7f37 ', '#1a7f37'],
    ['rgb(26, 127, 55)', 'rgb(26, 127, 55)'],
    ['rgba(26,127,55,0.5)', 'rgba(26,127,55,0.5)'],
    ['rgb(10% 50% 20% / 50%)', 'rgb(10% 50% 20% / 50%)'],
    ['hsl(120, 50%, 40%)', 'hsl(120, 50%, 40%)'],
    ['hsla(120deg 50% 40% / .8)', 'hsla(120deg 50% 40% / .8)'],
    ['red', 'red'],
    ['SteelBlue', 'SteelBlue'],
    ['rebeccapurple', 'rebeccapurple'],
  ])('takes %j', (text, expected) => {
    expect(cssColour(text)).toBe(expected);
  });

  it.each([
    'url(http://127.0.0.1:4399/beacon.svg#p)',
    'URL(x)',
    'var(--x)',
    'rgb(var(--x))',
    'rgb(1, 2)',
    'rgb(1 2 3 4)',
    'rgb(1deg, 2, 3)',
    'hsl(120, 50%, calc(40%))',
    'redd',
    'none',
    'transparent',
    'currentColor',
    'canvastext',
    'inherit',
    'blue lightblue',
    'lue',
    '#12',
    '#12345',
    '#ggg',
    '',
    'red; fill: url(x)',
  ])('refuses %j', (text) => {
    expect(cssColour(text)).toBeUndefined();
  });
});
