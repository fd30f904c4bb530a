import { describe, expect, it } from 'vitest';
import { bindFields } from './field-binding.ts';

interface Filters {
  readonly region: string;
  readonly status: '' | 'active' | 'suspended';
  readonly highSkill: boolean;
}

const filters: Filters = { region: '510100', status: '', highSkill: true };

describe('bindFields', () => {
  it('given a form, when a field is bound, then it shows the value and the error named for its key', () => {
    const field = bindFields(filters, () => {}, { status: '不是可选的状态' });
    expect(field('region')).toMatchObject({ value: '510100', error: undefined });
    expect(field('status')).toMatchObject({ value: '', error: '不是可选的状态' });
  });

  it('given a form, when a field takes a value, then the form gets its values with only that key changed', () => {
    const changed: Filters[] = [];
    bindFields(filters, (values) => changed.push(values), {})('status').onValue('suspended');
    expect(changed).toEqual([{ region: '510100', status: 'suspended', highSkill: true }]);
  });
});
