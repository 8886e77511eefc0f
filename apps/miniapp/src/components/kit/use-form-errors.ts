import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import type { FieldError } from '@steadywork/shared';
import { isApiError } from '@/services/api-error';
import { showError } from '@/services/feedback';
import { kitText } from './text';

export type FieldErrors<F extends string = string> = Partial<Record<F, string>>;

/** A 400's `details` split into the form's fields (one message each, the first) and the rest. */
export type ErrorSplit<F extends string> = (details: readonly FieldError[]) => {
  fields: FieldErrors<F>;
  other: string[];
};

/**
 * The usual split: an API field path names the form field of the same name, its indices dropped
 * (`attachments[2]` → `attachments`); `prefixes` are left out first (`startup.creditCode` → `creditCode`).
 */
export function byFieldName<F extends string>(names: readonly F[], prefixes: readonly string[] = []): ErrorSplit<F> {
  return (details) => {
    const fields: FieldErrors<F> = {};
    const other: string[] = [];
    for (const { field, message } of details) {
      let key = field.replace(/\[\d+\]|\.\d+/g, '');
      for (const prefix of prefixes) if (key.startsWith(`${prefix}.`)) key = key.slice(prefix.length + 1);
      if ((names as readonly string[]).includes(key)) fields[key as F] ??= message;
      else other.push(message);
    }
    return { fields, other };
  };
}

export interface FormErrors<F extends string> {
  errors: FieldErrors<F>;
  setErrors: (next: FieldErrors<F> | ((prev: FieldErrors<F>) => FieldErrors<F>)) => void;
  /** Clears the fields' messages (the worker is changing them). */
  clear: (...keys: F[]) => void;
  /** Puts these messages beside their fields, says so in a toast and scrolls to the first. */
  show: (next: FieldErrors<F>, toast?: string) => void;
  /**
   * Shows a failed request: a 400's details beside their fields (what no field takes, in a
   * dialog); a refusal the form cannot fix (409, and `dialogFor`) in a dialog; else a toast.
   */
  showFailure: (err: unknown, split: ErrorSplit<F>, dialogFor?: readonly number[]) => void;
}

/**
 * The per-field messages of a form, from its own checks and from the API's 400 answer
 * (`{ statusCode, error, message, details: [{ field, message }] }`). `ns` names the fields'
 * invalid class (`<ns>-field-invalid`) the page scrolls to.
 */
export function useFormErrors<F extends string>(ns: string): FormErrors<F> {
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  // Scrolls to the first invalid field once the errors are on screen.
  const [scrollRequest, setScrollRequest] = useState(0);
  useEffect(() => {
    if (scrollRequest)
      void Taro.pageScrollTo({ selector: `.${ns}-field-invalid`, duration: 300 }).catch(() => undefined);
  }, [scrollRequest]);

  const clear = (...keys: F[]) =>
    setErrors((prev) => {
      if (!keys.some((k) => prev[k])) return prev;
      const next = { ...prev };
      for (const k of keys) delete next[k];
      return next;
    });

  const show = (next: FieldErrors<F>, toast: string = kitText.fixErrors) => {
    setErrors(next);
    void Taro.showToast({ title: toast, icon: 'none', duration: 2500 });
    setScrollRequest((n) => n + 1);
  };

  const dialog = (content: string) => void Taro.showModal({ title: kitText.notice, content, showCancel: false });

  const showFailure = (err: unknown, split: ErrorSplit<F>, dialogFor: readonly number[] = [409]) => {
    if (!isApiError(err)) {
      showError(err);
      return;
    }
    if (dialogFor.includes(err.statusCode)) {
      dialog(err.message);
      return;
    }
    const { fields, other } = split(err.details);
    if (Object.keys(fields).length) show(fields, other[0] ?? kitText.fixErrors);
    else if (other.length) dialog(other.join('\n'));
    else showError(err);
  };

  return { errors, setErrors, clear, show, showFailure };
}
