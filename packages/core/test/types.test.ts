import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { Framework, FrameworkInput, Group, GroupSchema, Indicator } from '../src/index.js';

describe('types derive from the schemas', () => {
  it('the hand-written recursive Group type is the one zod infers', () => {
    expectTypeOf<z.infer<typeof GroupSchema>>().toEqualTypeOf<Group>();
  });
  it('a framework root is a group of indicators and groups', () => {
    expectTypeOf<Framework['root']['children'][number]>().toEqualTypeOf<Indicator | Group>();
  });
  it('the former name FrameworkInput is still the framework type', () => {
    expectTypeOf<FrameworkInput>().toEqualTypeOf<Framework>();
  });
});
