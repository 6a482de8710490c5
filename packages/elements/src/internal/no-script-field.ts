/**
 * What an element's static `noScriptFallback(attributes)` returns for `@felles/ssr`, which writes it as
 * escaped HTML in the element's light DOM: the label, and the attributes of a plain `<input>` (`true`
 * writes a boolean attribute; `false`, or `''` for anything but `value`, leaves it out).
 */
export interface NoScriptField {
  label: string;
  input: Record<string, string | boolean>;
}

/** An attribute's value as text: '' for anything but a string or a number. */
export const attributeText = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/**
 * The no-JavaScript fallback of a form field with these attributes: a labelled plain text field with
 * its `name`, `value`, `required` and `disabled`, and the attributes of its own in `own` (before
 * `required`) and `after`; undefined without a `name`, since a field without one submits nothing.
 */
export function noScriptField(
  attributes: Record<string, unknown>,
  own: Record<string, string | boolean>,
  after: Record<string, string | boolean> = {},
): NoScriptField | undefined {
  const name = attributeText(attributes.name);
  if (!name) return undefined;
  return {
    label: attributeText(attributes.label),
    input: {
      type: 'text',
      name,
      value: attributeText(attributes.value),
      ...own,
      required: Boolean(attributes.required),
      disabled: Boolean(attributes.disabled),
      ...after,
    },
  };
}
