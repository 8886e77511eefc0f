import { Radio, type RadioGroupProps } from 'antd';
import type { AriaAttributes } from 'react';

/**
 * A Radio.Group as a form field: a radiogroup that carries what Form.Item adds to its field
 * (aria-required, aria-invalid, aria-describedby). antd draws the group as a plain div, on which
 * those attributes are not allowed and say nothing to a screen reader.
 */
export function RadioGroupField({
  'aria-required': required,
  'aria-invalid': invalid,
  'aria-describedby': describedBy,
  'aria-label': label,
  ...props
}: RadioGroupProps & AriaAttributes) {
  return (
    <div
      role="radiogroup"
      aria-label={label}
      aria-required={required}
      aria-invalid={invalid}
      aria-describedby={describedBy}
    >
      <Radio.Group {...props} />
    </div>
  );
}
