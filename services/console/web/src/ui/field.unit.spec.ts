import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { Field } from './field.tsx';
import { SelectField } from './select-field.tsx';

const ids = (html: string) => ({
  control: /<(?:input|select) id="([^"]+)"/.exec(html)?.[1],
  label: /<label for="([^"]+)"/.exec(html)?.[1],
  describedBy: /aria-describedby="([^"]+)"/.exec(html)?.[1],
});

describe('Field', () => {
  it('given a hint and an error, when drawn, then the control is labelled, marked invalid and described by both', () => {
    const html = renderToString(
      h(Field, { label: '说明', hint: '至少 4 个字', error: '太短', children: (control) => h('input', control) }),
    );
    const { control, label, describedBy } = ids(html);
    expect(control).toBeDefined();
    expect(label).toBe(control);
    expect(describedBy).toBe(`${control}-hint ${control}-error`);
    expect(html).toContain('class="field field-invalid"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain(`<p class="field-error" id="${control}-error">太短</p>`);
  });

  it('given neither hint nor error, when drawn, then the control is described by nothing and not invalid', () => {
    const html = renderToString(h(Field, { label: '说明', children: (control) => h('input', control) }));
    expect(html).toMatch(/^<div class="field"><label for="[^"]+">说明<\/label><input id="[^"]+"\/><\/div>$/);
  });

  it('given a fixed id, when drawn with an error, then the control and its error carry that id', () => {
    const html = renderToString(
      h(Field, { id: 'office-note', label: '说明', error: '必填', children: (control) => h('textarea', control) }),
    );
    expect(html).toContain('<textarea id="office-note" aria-invalid="true" aria-describedby="office-note-error">');
    expect(html).toContain('<p class="field-error" id="office-note-error">必填</p>');
  });
});

describe('SelectField', () => {
  const options = [
    ['active', '正常'],
    ['suspended', '暂停'],
  ] as const;

  const labels = (html: string) => [...html.matchAll(/<option[^>]*>([^<]*)<\/option>/g)].map((match) => match[1]);

  it('given an "any" label, when drawn, then an empty choice comes first, then each option in order', () => {
    const html = renderToString(
      h(SelectField, { label: '状态', value: '', onValue: () => {}, options, anyLabel: '全部' }),
    );
    expect(labels(html)).toEqual(['全部', '正常', '暂停']);
    expect(html).toContain('<option selected value>全部</option>');
  });

  it('given no "any" label, when drawn, then only the options are offered, the value chosen', () => {
    const html = renderToString(h(SelectField, { label: '状态', value: 'suspended', onValue: () => {}, options }));
    expect(labels(html)).toEqual(['正常', '暂停']);
    expect(html).toContain('<option selected value="suspended">暂停</option>');
  });
});
