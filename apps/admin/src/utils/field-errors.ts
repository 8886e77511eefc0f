import type { FormInstance } from 'antd';
import type { FieldErrorTarget } from '../services/request';

/**
 * A form's error target where the API's errors on an element of a list field (`services.0`,
 * `photos[1]`) show on the list's own form item, which is the only one on screen.
 */
export function onListFields(form: FormInstance, lists: readonly string[]): FieldErrorTarget {
  return {
    getFieldsValue: form.getFieldsValue,
    setFields: (fields) => {
      const merged = new Map<string, { name: (string | number)[]; errors: string[] }>();
      for (const field of fields) {
        const path = (Array.isArray(field.name) ? field.name : [field.name]) as (string | number)[];
        const name = lists.includes(String(path[0])) ? [path[0]] : path;
        const key = name.join('.');
        const entry = merged.get(key) ?? { name, errors: [] };
        entry.errors.push(...(field.errors ?? []).map(String));
        merged.set(key, entry);
      }
      form.setFields([...merged.values()]);
    },
  };
}
