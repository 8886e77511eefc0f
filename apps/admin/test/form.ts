import { fireEvent, waitFor } from '@testing-library/react';

/** The form item (label, control, messages) that holds the control with this id. */
export function formItemOf(id: string): HTMLElement {
  const control = document.getElementById(id);
  if (!control) throw new Error(`no #${id}`);
  return control.closest('.ant-form-item') as HTMLElement;
}

export function type(id: string, value: string) {
  fireEvent.change(document.getElementById(id)!, { target: { value } });
}

/** Opens an antd Select by its input's id and picks the option with this label. */
export async function pick(id: string, label: string) {
  fireEvent.mouseDown(document.getElementById(id)!);
  const option = await waitFor(() => {
    const hit = [...document.querySelectorAll('.ant-select-item-option')].find((o) => o.textContent === label);
    if (!hit) throw new Error(`no option ${label}`);
    return hit;
  });
  fireEvent.click(option);
}
