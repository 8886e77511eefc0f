import { ModalForm, type ModalFormProps } from '@ant-design/pro-components';
import { App, Form, type FormInstance } from 'antd';
import { useRef, type ReactNode } from 'react';
import { ApiError, type FieldErrorTarget, type FieldPath } from '../../services/request';
import { fieldErrors } from '../../utils/field-errors';

export interface FormModalProps<V extends object, R> extends Omit<
  ModalFormProps<V>,
  'onFinish' | 'form' | 'open' | 'onOpenChange' | 'children'
> {
  /** Shown (the default); a page that keeps the modal mounted closes it with `false`. */
  open?: boolean;
  /** The form, when the page reads or sets its values; one is made otherwise. */
  form?: FormInstance<V>;
  /**
   * Sends the values; `errors` takes the API's field errors (pass it to the service as its form),
   * so each shows under its field. `false` keeps the form open unsent (a check failed, the user
   * declined to confirm). `idempotencyKey` is the same for every submit of one opening of the form:
   * sent as the `Idempotency-Key` header, a double click or a retry after a lost answer is a replay
   * of the first, never a second record. Once saved or closed, the next opening has a new key.
   */
  submit: (values: V, errors: FieldErrorTarget, idempotencyKey: string) => Promise<R | false>;
  /** Where the form shows an error the API names otherwise (see `fieldErrors`). */
  routeErrors?: (path: FieldPath) => FieldPath;
  /** The API's field errors go to this target instead (one that does more than route them). */
  errorTarget?: (form: FormInstance<V>) => FieldErrorTarget;
  /** Said when it is saved (worded from the answer where it depends on it). */
  success?: string | ((result: R) => string);
  onClose(): void;
  onSaved(result: R): void;
  children: ReactNode;
}

/** A key no other submit has: a random UUID where the browser has one. */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `k${Date.now().toString(36)}${Math.random().toString(36).slice(2, 14)}`;
}

/**
 * A form in a modal bound to the API: it sends, shows each field error under its field (other
 * errors the request layer shows once), says 已保存 and hands the answer back; a refusal keeps it open.
 */
export function FormModal<V extends object, R>({
  open = true,
  form: givenForm,
  submit,
  routeErrors,
  errorTarget,
  success,
  onClose,
  onSaved,
  width = 480,
  modalProps,
  children,
  ...rest
}: FormModalProps<V, R>) {
  const [ownForm] = Form.useForm<V>();
  const form = givenForm ?? ownForm;
  const { message } = App.useApp();
  const idempotencyKey = useRef(newIdempotencyKey());

  return (
    <ModalForm<V>
      open={open}
      form={form}
      width={width}
      modalProps={{ maskClosable: false, ...modalProps }}
      onOpenChange={(next) => {
        if (next) return;
        // The next opening is a new submission (a page may keep the modal mounted).
        idempotencyKey.current = newIdempotencyKey();
        onClose();
      }}
      onFinish={async (values) => {
        try {
          const target = errorTarget ? errorTarget(form) : fieldErrors(form as FormInstance, routeErrors);
          const saved = await submit(values, target, idempotencyKey.current);
          if (saved === false) return false;
          if (success) void message.success(typeof success === 'function' ? success(saved) : success);
          idempotencyKey.current = newIdempotencyKey();
          onSaved(saved);
          return true;
        } catch (e) {
          if (e instanceof ApiError) return false;
          throw e;
        }
      }}
      {...rest}
    >
      {children}
    </ModalForm>
  );
}
