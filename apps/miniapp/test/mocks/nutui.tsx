// The app's NutUI module (src/ui/nutui.ts) as plain DOM elements for jest; the real
// components are exercised by the browser test on the H5 build.
import { useState, type ChangeEvent, type ReactNode } from 'react';

interface BaseProps {
  className?: string;
  children?: ReactNode;
  id?: string;
  'data-testid'?: string;
}

export function Button({
  className,
  children,
  disabled,
  onClick,
  id,
  'data-testid': testId,
}: BaseProps & {
  disabled?: boolean;
  loading?: boolean;
  block?: boolean;
  type?: string;
  size?: string;
  fill?: string;
  onClick?: () => void;
}) {
  return (
    <button
      type="button"
      id={id}
      data-testid={testId}
      className={['nut-button', className].filter(Boolean).join(' ')}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

export function Input({
  className,
  value,
  placeholder,
  maxLength,
  readOnly,
  onChange,
  onBlur,
}: BaseProps & {
  value?: string;
  placeholder?: string;
  type?: string;
  maxLength?: number;
  readOnly?: boolean;
  onChange?: (value: string) => void;
  onBlur?: (value: string) => void;
}) {
  return (
    <input
      className={className}
      value={value}
      placeholder={placeholder}
      maxLength={maxLength}
      readOnly={readOnly}
      onChange={(e: ChangeEvent<HTMLInputElement>) => onChange?.(e.target.value)}
      onBlur={(e) => onBlur?.(e.target.value)}
    />
  );
}

export function TextArea({
  className,
  value,
  placeholder,
  maxLength,
  onChange,
}: BaseProps & { value?: string; placeholder?: string; maxLength?: number; onChange?: (value: string) => void }) {
  return (
    <textarea
      className={className}
      value={value}
      placeholder={placeholder}
      maxLength={maxLength}
      onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange?.(e.target.value)}
    />
  );
}

export function Checkbox({
  className,
  label,
  checked,
  onChange,
}: BaseProps & { label?: ReactNode; checked?: boolean; onChange?: (checked: boolean) => void }) {
  return (
    <label className={['nut-checkbox', className].filter(Boolean).join(' ')}>
      <input type="checkbox" checked={!!checked} onChange={(e) => onChange?.(e.target.checked)} />
      {label}
    </label>
  );
}

export function Switch({
  className,
  checked,
  onChange,
}: BaseProps & { checked?: boolean; onChange?: (checked: boolean) => void }) {
  return (
    <input
      type="checkbox"
      role="switch"
      className={className}
      checked={!!checked}
      onChange={(e) => onChange?.(e.target.checked)}
    />
  );
}

/** Rendered only while visible, like the real one looks. */
export function Popup({
  className,
  title,
  visible,
  children,
}: BaseProps & { title?: ReactNode; visible?: boolean; onClose?: () => void }) {
  if (!visible) return null;
  return (
    <div className={['nut-popup', className].filter(Boolean).join(' ')} role="dialog">
      <div className="nut-popup-title">{title}</div>
      {children}
    </div>
  );
}

interface CascaderNode {
  value: string | number;
  text: string;
  children?: CascaderNode[];
}

/** Tap a node to open its children; tapping a leaf reports the path and closes, as NutUI's does. */
export function Cascader({
  className,
  visible,
  options = [],
  onChange,
  onClose,
}: BaseProps & {
  visible?: boolean;
  title?: string;
  closeable?: boolean;
  popupProps?: object;
  options?: CascaderNode[];
  value?: (string | number)[];
  onChange?: (value: (string | number)[], path: CascaderNode[]) => void;
  onClose?: () => void;
}) {
  const [path, setPath] = useState<CascaderNode[]>([]);
  if (!visible) return null;
  const pane = path.length ? (path[path.length - 1].children ?? []) : options;
  const choose = (node: CascaderNode) => {
    const next = [...path, node];
    if (node.children?.length) {
      setPath(next);
      return;
    }
    setPath([]);
    onChange?.(
      next.map((n) => n.value),
      next,
    );
    onClose?.();
  };
  return (
    <div className={['nut-cascader', className].filter(Boolean).join(' ')} role="dialog">
      {pane.map((node) => (
        <div key={node.value} className="nut-cascader-item" onClick={() => choose(node)}>
          {node.text}
        </div>
      ))}
    </div>
  );
}

export function Cell({
  className,
  title,
  extra,
  onClick,
}: BaseProps & { title?: ReactNode; extra?: ReactNode; clickable?: boolean; onClick?: () => void }) {
  return (
    <div className={['nut-cell', className].filter(Boolean).join(' ')} onClick={onClick}>
      <span>{title}</span>
      <span>{extra}</span>
    </div>
  );
}

export function CellGroup({ children, title }: BaseProps & { title?: ReactNode }) {
  return (
    <div className="nut-cell-group">
      {title && <div className="nut-cell-group-title">{title}</div>}
      {children}
    </div>
  );
}

function GridItem({ className, text, children, onClick }: BaseProps & { text?: ReactNode; onClick?: () => void }) {
  return (
    <div className={className} role="button" onClick={onClick}>
      {children}
      <span>{text}</span>
    </div>
  );
}

export function Grid({ className, children }: BaseProps & { columns?: number }) {
  return <div className={className}>{children}</div>;
}
Grid.Item = GridItem;

export function Tag({ className, children, 'data-testid': testId }: BaseProps & { type?: string }) {
  return (
    <span className={className} data-testid={testId}>
      {children}
    </span>
  );
}

/** Five stars, each a button that sets its score, like NutUI's. */
export function Rate({
  className,
  value = 0,
  count = 5,
  disabled,
  onChange,
}: BaseProps & { value?: number; count?: number; disabled?: boolean; onChange?: (value: number) => void }) {
  return (
    <div className={['nut-rate', className].filter(Boolean).join(' ')}>
      {Array.from({ length: count }, (_, i) => (
        <button
          type="button"
          key={i}
          className={`nut-rate-item${i < value ? ' nut-rate-item-active' : ''}`}
          disabled={disabled}
          onClick={() => onChange?.(i + 1)}
        >
          ★
        </button>
      ))}
    </div>
  );
}

function Icon() {
  return <i />;
}
export const Articles = Icon;
export const HeartF = Icon;
export const Location = Icon;
export const UserAdd = Icon;
export const Order = Icon;
export const Notice = Icon;
export const Message = Icon;
export const Check = Icon;
