import type { FormInstance } from 'antd';
import type { FieldErrorTarget, FieldPath } from '../services/request';

/**
 * The one way a form shows the API's field errors (`details`) where it asks for them: `route` turns
 * the API's path into the form's (the request layer merges errors that land on one field).
 */
export function fieldErrors(form: FormInstance, route?: (path: FieldPath) => FieldPath): FieldErrorTarget {
  return { getFieldsValue: form.getFieldsValue, setFields: form.setFields, route };
}

/**
 * Errors on an element of a list field (`services.0`, `photos[1]`, `evidence[2]`) show on the list's
 * own form item, which is the only one on screen.
 */
export function onListFields(form: FormInstance, lists: readonly string[]): FieldErrorTarget {
  return fieldErrors(form, (path) => (lists.includes(String(path[0])) ? path.slice(0, 1) : path));
}
