// The app's NutUI module (src/ui/nutui.ts) as plain DOM elements for jest; the real
// components are exercised by the browser test on the H5 build.
import type { ChangeEvent, ReactNode } from 'react';

interface BaseProps {
  className?: string;
  children?: ReactNode;
}

export function Button({
  className,
  children,
  disabled,
  onClick,
}: BaseProps & { disabled?: boolean; onClick?: () => void }) {
  return (
    <button
      type="button"
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
  onChange,
}: BaseProps & { value?: string; placeholder?: string; onChange?: (value: string) => void }) {
  return (
    <input
      className={className}
      value={value}
      placeholder={placeholder}
      onChange={(e: ChangeEvent<HTMLInputElement>) => onChange?.(e.target.value)}
    />
  );
}

export function Cell({ className, title, extra }: BaseProps & { title?: ReactNode; extra?: ReactNode }) {
  return (
    <div className={['nut-cell', className].filter(Boolean).join(' ')}>
      <span>{title}</span>
      <span>{extra}</span>
    </div>
  );
}

export function CellGroup({ children }: BaseProps) {
  return <div className="nut-cell-group">{children}</div>;
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

export function Tag({ className, children }: BaseProps & { type?: string }) {
  return <span className={className}>{children}</span>;
}

function Icon() {
  return <i />;
}
export const Articles = Icon;
export const HeartF = Icon;
export const Location = Icon;
export const UserAdd = Icon;
